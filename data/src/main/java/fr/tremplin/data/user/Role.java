package fr.tremplin.data.user;

/** Roles of the HTTP contract. */
public enum Role {
    ADVISER, UNIT_MANAGER, EMPLOYER, ADMIN;

    public static final String ADVISER_NAME = "ADVISER";
    public static final String UNIT_MANAGER_NAME = "UNIT_MANAGER";
    public static final String EMPLOYER_NAME = "EMPLOYER";
    public static final String ADMIN_NAME = "ADMIN";
}

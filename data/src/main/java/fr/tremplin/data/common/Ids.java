package fr.tremplin.data.common;

import java.util.UUID;

/** Identifiers are random UUID strings (the contract says ids are strings). */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}

package fr.tremplin.data.user;

/** Why a one-time password link was issued. */
public enum TokenPurpose {
    /** A new account: the first password (valid {@code tremplin.accounts.invitation-valid-for}, 24 h). */
    INVITATION,
    /** « Mot de passe oublié » (valid {@code tremplin.accounts.reset-valid-for}, 1 h). */
    RESET
}

package fr.tremplin.data.user;

import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DuplicateKeys;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.employer.EmployerRepository;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.MailQueue;
import fr.tremplin.data.session.UserSessions;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts, as administrators manage them: create (with an invitation mailed in the same transaction), change,
 * deactivate (the account's sessions and links end at once), and the one-time links that set a password. Every change
 * is written to the audit ({@link AuditAction#ACCOUNT}) in its transaction.
 */
@Singleton
public class AccountService {
    /** A new account and the path of its one-time invitation link (also mailed). */
    public record Invitation(AppUser account, String link) {
    }


    private final AppUserRepository users;
    private final AccountCommandCheck commands;
    private final PasswordTokens tokens;
    private final PasswordHasher hasher;
    private final UserSessions sessions;
    private final MailQueue mails;
    private final AuditLog audit;
    private final AccountSettings settings;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public AccountService(AppUserRepository users, EmploymentUnitRepository units, EmployerRepository employers,
                          PasswordTokens tokens, PasswordHasher hasher, UserSessions sessions, MailQueue mails,
                          AuditLog audit, AccountSettings settings, JdbcOperations jdbc, Clock clock) {
        this.users = users;
        this.commands = new AccountCommandCheck(units, employers);
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.mails = mails;
        this.audit = audit;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ReadOnly
    public AppUser get(String id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("Le compte", id));
    }

    @ReadOnly
    public Page<AppUser> search(AccountSearch search, Pageable pageable) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (search.q() != null && !search.q().isBlank()) {
            String like = "%" + search.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (username LIKE ? OR display_name LIKE ? OR email LIKE ?)");
            params.addAll(List.of(like, like, like));
        }
        if (search.role() != null) {
            where.append(" AND role = ?");
            params.add(search.role().name());
        }
        if (search.active() != null) {
            where.append(" AND active = ?");
            params.add(search.active());
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM app_user" + where, ps -> {
            bind(ps, params);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String order = AccountSearch.SORTS.get(search.sort()) + (search.descending() ? " DESC" : " ASC");
        List<AppUser> found = jdbc.prepareStatement("SELECT * FROM app_user" + where + " ORDER BY " + order
                + ", username LIMIT " + pageable.getSize() + " OFFSET " + pageable.getOffset(), ps -> {
            bind(ps, params);
            try (var rs = ps.executeQuery()) {
                return jdbc.entityStream(rs, AppUser.class).toList();
            }
        });
        return Page.of(found, pageable, total);
    }

    /** A new active account without a usable password, and its invitation mail (one-time link). */
    @Transactional
    public AppUser create(AccountCommand command, Auditor who) {
        return invite(command, who).account();
    }

    /**
     * As {@link #create}, also answering the invitation's link (relative to the service's address) for whoever may
     * hand it over another way: the command line that creates the first administrator of a new installation.
     */
    @Transactional
    public Invitation invite(AccountCommand command, Auditor who) {
        AccountCommandCheck.Checked c = commands.check(command, null);
        if (command.active() != null && !command.active()) {
            throw new InvalidDataException("active", "un nouveau compte est actif : désactivez-le ensuite s'il le faut");
        }
        requireFreeUsername(c.username(), null);
        // a hash of a random secret: nobody can log in until the invitation's link sets a password
        AppUser created = save(() -> users.save(new AppUser(Ids.newId(), c.username(),
                hasher.hash(UUID.randomUUID().toString()), c.displayName(), c.role(), c.unit(), c.employerId(),
                c.email(), true, true, false, null, null, 0L)));
        audit.record(who, AuditAction.ACCOUNT, null, created.employmentUnit(), "compte " + created.username()
                + " créé (" + describe(created) + "), invitation envoyée");
        return new Invitation(created, invite(created, TokenPurpose.INVITATION));
    }

    /** Changes an account; {@code expectedVersion} (optional) must be the current one. */
    @Transactional
    public AppUser update(String id, AccountCommand command, @Nullable Long expectedVersion, Auditor who) {
        AppUser current = get(id);
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw ConflictException.staleVersion(expectedVersion, current.version());
        }
        AccountCommandCheck.Checked c = commands.check(command, current);
        boolean active = command.active() == null ? current.active() : command.active();
        boolean self = current.username().equals(who.username());
        if (self && (!active || c.role() != current.role())) {
            throw new InvalidDataException(!active ? "active" : "role", "vous ne pouvez ni désactiver votre propre"
                    + " compte ni changer son rôle : demandez-le à un autre administrateur");
        }
        requireFreeUsername(c.username(), id);
        AppUser changed;
        try {
            changed = save(() -> users.update(new AppUser(current.id(), c.username(), current.passwordHash(),
                    c.displayName(), c.role(), c.unit(), c.employerId(), c.email(), active,
                    current.shortlistReminders(), current.demo(), current.createdAt(), current.updatedAt(),
                    current.version())));
        } catch (OptimisticLockException e) {
            throw new ConflictException("version", "Le compte a été modifié en même temps par quelqu'un d'autre."
                    + " Rechargez-le, puis recommencez.");
        }
        if (!active && current.active()) {
            endAccess(changed.id());
        }
        audit.record(who, AuditAction.ACCOUNT, null, changed.employmentUnit(), "compte " + changed.username()
                + " modifié (" + changes(current, changed) + ")");
        return changed;
    }

    /** The account can no longer log in; its sessions and open links end now. */
    @Transactional
    public AppUser deactivate(String id, Auditor who) {
        AppUser current = get(id);
        if (current.username().equals(who.username())) {
            throw new InvalidDataException("active", "vous ne pouvez pas désactiver votre propre compte");
        }
        if (!current.active()) {
            return current;
        }
        sessions.setActive(id, false);
        endAccess(id);
        audit.record(who, AuditAction.ACCOUNT, null, current.employmentUnit(), "compte " + current.username()
                + " désactivé");
        return get(id);
    }

    /**
     * « Mot de passe oublié » : an active account with an address gets a one-time link (1 h), unless one was sent
     * less than {@link AccountSettings#resetMinInterval()} ago; any other name gets nothing, and the caller cannot
     * tell the difference.
     */
    @Transactional
    public void requestReset(String username) {
        if (username == null || username.isBlank() || username.length() > 200) {
            return;
        }
        Optional<AppUser> user = users.findByUsername(username.strip());
        if (user.isEmpty() || !user.get().active() || user.get().email() == null
                || tokens.openSince(user.get().id(), TokenPurpose.RESET, clock.instant().minus(settings.resetMinInterval()))) {
            return;
        }
        invite(user.get(), TokenPurpose.RESET);
        audit.record(Auditor.SYSTEM, AuditAction.ACCOUNT, null, user.get().employmentUnit(), "compte "
                + user.get().username() + " : lien de réinitialisation du mot de passe envoyé");
    }

    /** The account a link opens, while it is valid (for the page that asks the new password). */
    @ReadOnly
    public Optional<AppUser> forToken(String token) {
        return tokens.peek(token).flatMap(users::findById);
    }

    /**
     * Sets the password through a one-time link: the link is spent (with every other open link of the account) and
     * the account's sessions end. 422 naming {@code password} when the policy refuses it (the link stays valid),
     * or {@code token} when the link is unknown, spent or expired.
     */
    @Transactional
    public AppUser setPassword(String token, String password) {
        AppUser user = forToken(token).orElseThrow(AccountService::deadLink);
        PasswordPolicy.require(user.username(), password);
        String userId = tokens.spend(token).orElseThrow(AccountService::deadLink);
        AppUser changed = users.update(get(userId).withPasswordHash(hasher.hash(password)));
        sessions.revokeAllOf(userId);
        audit.record(new Auditor(changed.username(), changed.role().name()), AuditAction.ACCOUNT, null,
                changed.employmentUnit(), "compte " + changed.username() + " : mot de passe défini par lien à usage unique");
        return changed;
    }

    /** An employer user's choice about shortlist reminders. */
    @Transactional
    public AppUser setShortlistReminders(String username, boolean wanted) {
        AppUser current = users.findByUsername(username).orElseThrow(() -> new NotFoundException("Le compte", username));
        if (current.shortlistReminders() == wanted) {
            return current;
        }
        AppUser changed = users.update(current.withShortlistReminders(wanted));
        audit.record(new Auditor(changed.username(), changed.role().name()), AuditAction.ACCOUNT, null, null,
                "compte " + changed.username() + " : relances des sélections " + (wanted ? "activées" : "désactivées"));
        return changed;
    }

    /** A one-time link for the account, mailed; answers the link (a path on the service). */
    private String invite(AppUser user, TokenPurpose purpose) {
        String token = tokens.issue(user.id(), purpose);
        String link = "/mot-de-passe?jeton=" + token;
        boolean invitation = purpose == TokenPurpose.INVITATION;
        long hours = Math.max(1, settings.validFor(purpose).toHours());
        mails.queue(invitation ? MailKind.ACCOUNT_INVITATION : MailKind.PASSWORD_RESET, user.email(),
                invitation ? "Votre compte Tremplin : choisissez votre mot de passe"
                        : "Tremplin : réinitialisation de votre mot de passe",
                Map.of("displayName", user.displayName(), "username", user.username(),
                        "role", user.role().name(), "link", link,
                        "validFor", hours == 1 ? "1 heure" : hours + " heures"));
        return link;
    }

    private void endAccess(String userId) {
        sessions.revokeAllOf(userId);
        tokens.spendAllOf(userId);
    }

    private void requireFreeUsername(String username, @Nullable String ownId) {
        users.findByUsername(username).filter(u -> !u.id().equals(ownId)).ifPresent(u -> {
            throw taken(username);
        });
    }

    private static AppUser save(java.util.function.Supplier<AppUser> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new ConflictException("username", "Cet identifiant est déjà pris par un autre compte.");
            }
            throw e;
        }
    }

    private static ConflictException taken(String username) {
        return new ConflictException("username", "L'identifiant « " + username + " » est déjà pris par un autre compte.");
    }

    private static InvalidDataException deadLink() {
        return new InvalidDataException("token", "ce lien n'est plus valable (déjà utilisé, expiré ou compte"
                + " désactivé) : demandez un nouveau lien avec « Mot de passe oublié ? »");
    }

    private static String describe(AppUser u) {
        return "rôle " + u.role() + (u.employmentUnit() == null ? "" : ", unité " + u.employmentUnit())
                + (u.employerId() == null ? "" : ", employeur " + u.employerId());
    }

    private static String changes(AppUser before, AppUser after) {
        List<String> changed = new ArrayList<>();
        if (!before.username().equals(after.username())) {
            changed.add("identifiant " + before.username() + " → " + after.username());
        }
        if (!before.displayName().equals(after.displayName())) {
            changed.add("nom affiché");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changed.add("adresse électronique");
        }
        if (before.role() != after.role()) {
            changed.add("rôle " + before.role() + " → " + after.role());
        }
        if (!Objects.equals(before.employmentUnit(), after.employmentUnit())) {
            changed.add("unité " + before.employmentUnit() + " → " + after.employmentUnit());
        }
        if (!Objects.equals(before.employerId(), after.employerId())) {
            changed.add("employeur " + before.employerId() + " → " + after.employerId());
        }
        if (before.active() != after.active()) {
            changed.add(after.active() ? "réactivé" : "désactivé");
        }
        return changed.isEmpty() ? "aucun changement" : String.join(", ", changed);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}

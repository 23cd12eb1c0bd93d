package fr.tremplin.data.contact;

import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.employer.EmployerService;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contacts of employment units with companies (the hidden market). One rule: a unit does not contact the same
 * company twice within {@link #QUIET_DAYS} days — a second contact whose date is less than 7 days from one of the
 * unit's earlier contacts is refused (409, naming the date of the first). The company's row is locked while
 * checking, so two advisers recording at once cannot both pass. Every contact is written to the audit
 * ({@link AuditAction#EMPLOYER_CONTACT}) in its transaction; a contact names no job seeker.
 */
@Singleton
public class EmployerContactService {
    /** Days during which a unit does not contact the same company again. */
    public static final int QUIET_DAYS = 7;
    /** How far back a contact may be dated. */
    public static final int MAX_AGE_DAYS = 365;
    public static final int NOTE_MAX = 300;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EmployerContactRepository contacts;
    private final EmployerService employers;
    private final AuditLog audit;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public EmployerContactService(EmployerContactRepository contacts, EmployerService employers, AuditLog audit,
                                  JdbcOperations jdbc, Clock clock) {
        this.contacts = contacts;
        this.employers = employers;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a contact.
     *
     * @throws NotFoundException     unknown company
     * @throws InvalidDataException  date in the future or more than a year ago, note too long
     * @throws ConflictException     the unit contacted the company less than 7 days before or after that date
     */
    @Transactional
    public EmployerContact record(NewContact contact, Auditor who) {
        LocalDate today = LocalDate.now(clock);
        if (contact.contactedOn().isAfter(today)) {
            throw new InvalidDataException("date", "La date du contact (" + french(contact.contactedOn())
                    + ") est dans le futur : enregistrez un contact une fois qu'il a eu lieu.");
        }
        if (contact.contactedOn().isBefore(today.minusDays(MAX_AGE_DAYS))) {
            throw new InvalidDataException("date", "La date du contact (" + french(contact.contactedOn())
                    + ") remonte à plus d'un an.");
        }
        String note = contact.note() == null || contact.note().isBlank() ? null : contact.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidDataException("note", "La note dépasse " + NOTE_MAX + " caractères (" + note.length() + ").");
        }
        lockEmployer(contact.employerId());
        List<EmployerContact> near = contacts.findByEmployerIdAndUnitAndContactedOnBetweenOrderByContactedOn(
                contact.employerId(), contact.unit(), contact.contactedOn().minusDays(QUIET_DAYS - 1),
                contact.contactedOn().plusDays(QUIET_DAYS - 1));
        if (!near.isEmpty()) {
            throw new ConflictException("date", "Votre unité (" + contact.unit() + ") a déjà contacté cette entreprise le "
                    + french(near.get(0).contactedOn()) + " : pas de nouveau contact moins de " + QUIET_DAYS
                    + " jours après ou avant celui-ci.");
        }
        EmployerContact saved = contacts.save(new EmployerContact(Ids.newId(), contact.employerId(), contact.unit(),
                who.username(), contact.contactedOn(), contact.outcome(), note, null));
        audit.record(who, AuditAction.EMPLOYER_CONTACT, null, contact.unit(), "entreprise " + contact.employerId()
                + " contactée le " + french(contact.contactedOn()) + " : " + contact.outcome().label());
        return saved;
    }

    /** The company's contacts, most recent first (404 for an unknown company). */
    @ReadOnly
    public List<EmployerContact> of(String employerId) {
        if (!employers.exists(employerId)) {
            throw new NotFoundException(EmployerService.RESOURCE, employerId);
        }
        return contacts.findLatestFirst(employerId);
    }

    /** The date of the unit's latest contact with each of these companies that it contacted. */
    @ReadOnly
    public Map<String, LocalDate> latestByUnit(String unit, Collection<String> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(employerIds.size(), "?"));
        return jdbc.prepareStatement("SELECT employer_id, MAX(contacted_on) FROM employer_contact"
                + " WHERE employment_unit_code = ? AND employer_id IN (" + marks + ") GROUP BY employer_id", st -> {
            st.setString(1, unit);
            int i = 2;
            for (String id : employerIds) {
                st.setString(i++, id);
            }
            Map<String, LocalDate> latest = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    latest.put(rs.getString(1), rs.getDate(2).toLocalDate());
                }
            }
            return latest;
        });
    }

    private void lockEmployer(String employerId) {
        boolean found = jdbc.prepareStatement("SELECT id FROM employer WHERE id = ? FOR UPDATE", st -> {
            st.setString(1, employerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
        if (!found) {
            throw new NotFoundException(EmployerService.RESOURCE, employerId);
        }
    }

    public static String french(LocalDate date) {
        return FRENCH_DATE.format(date);
    }
}

package fr.tremplin.api.prospect;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.contact.ContactOutcome;
import fr.tremplin.data.contact.EmployerContactService;
import fr.tremplin.data.contact.NewContact;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a contact request (API or web form) into a {@link NewContact}: the date, the outcome among
 * {@link ContactOutcome}'s names, a note of 300 characters at most, and the unit — the caller's own (naming another
 * answers 403); an administrator, who has none, names one.
 */
@Singleton
public class ContactChecks {
    static final String OUTCOMES = Arrays.stream(ContactOutcome.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final EmploymentUnitRepository units;

    public ContactChecks(EmploymentUnitRepository units) {
        this.units = units;
    }

    /** @param date already read, or null with {@code dateProblem} saying why */
    public NewContact check(String employerId, @Nullable LocalDate date, @Nullable String dateProblem,
                            @Nullable String outcome, @Nullable String note, @Nullable String unit, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", dateProblem == null ? "obligatoire : la date du contact" : dateProblem));
        }
        ContactOutcome read = null;
        if (outcome == null || outcome.isBlank()) {
            errors.add(new FieldError("outcome", "obligatoire : " + OUTCOMES));
        } else {
            try {
                read = ContactOutcome.valueOf(outcome.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("outcome", "« " + outcome.strip() + " » n'est pas un résultat de contact : "
                        + OUTCOMES));
            }
        }
        if (note != null && note.strip().length() > EmployerContactService.NOTE_MAX) {
            errors.add(new FieldError("note", EmployerContactService.NOTE_MAX + " caractères au plus ("
                    + note.strip().length() + ")"));
        }
        String chosenUnit = unit(unit, user, errors);
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        return new NewContact(employerId, chosenUnit, date, read, note);
    }

    /** An API date: AAAA-MM-JJ. */
    public NewContact check(String employerId, ContactRequest request, CurrentUser user) {
        LocalDate date = null;
        String problem = null;
        if (request.date() != null && !request.date().isBlank()) {
            try {
                date = LocalDate.parse(request.date().strip());
            } catch (DateTimeException e) {
                problem = "« " + request.date().strip() + " » n'est pas une date au format AAAA-MM-JJ";
            }
        }
        return check(employerId, date, problem, request.outcome(), request.note(), request.unit(), user);
    }

    @Nullable
    private String unit(@Nullable String asked, CurrentUser user, List<FieldError> errors) {
        String wanted = asked == null || asked.isBlank() ? null : asked.strip();
        if (user.role() != Role.ADMIN) {
            if (wanted != null && !wanted.equals(user.unit())) {
                throw new ForbiddenException("Votre compte est rattaché à l'unité " + user.unit()
                        + " : vous ne pouvez enregistrer un contact que pour cette unité.");
            }
            return user.unit();
        }
        if (wanted == null) {
            errors.add(new FieldError("unit", "obligatoire pour un administrateur : l'unité emploi qui a contacté"
                    + " l'entreprise"));
        } else if (!units.existsById(wanted)) {
            errors.add(new FieldError("unit", "« " + wanted + " » n'est pas une unité emploi"));
        }
        return wanted;
    }
}

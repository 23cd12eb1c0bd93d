package fr.tremplin.api.web.insertion;

import fr.tremplin.api.insertion.InsertionHoursRequest;
import fr.tremplin.api.insertion.PublicContractRequest;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.insertion.HoursEntry;
import fr.tremplin.data.insertion.InsertionHoursService;
import fr.tremplin.data.insertion.NewPublicContract;
import fr.tremplin.data.insertion.PublicContractService;
import fr.tremplin.data.insertion.RecordedHours;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The manager's insertion-clause forms through the very path of the API: Bean Validation of
 * {@link PublicContractRequest} / {@link InsertionHoursRequest} (400 there), then {@link PublicContractService} /
 * {@link InsertionHoursService} (422 and 409 there). Each failure becomes a French message beside its field; the
 * form fields carry the API's names.
 */
@Singleton
public class InsertionForms {
    static final Map<String, String> CONTRACT_LABELS = fr.tremplin.api.web.form.Choices.ordered(
            "ref", "Référence du marché", "buyerId", "Acheteur public", "title", "Objet du marché",
            "hoursTarget", "Heures d’insertion à réaliser", "startDate", "Début de la période",
            "endDate", "Fin de la période");
    static final Map<String, String> HOURS_LABELS = fr.tremplin.api.web.form.Choices.ordered(
            "contractRef", "Marché", "jobSeekerId", "Personne (référence)", "month", "Mois", "hours", "Heures réalisées");

    private final Validator validator;
    private final PublicContractService contracts;
    private final InsertionHoursService hours;
    private final JobSeekerRepository seekers;

    public InsertionForms(Validator validator, PublicContractService contracts, InsertionHoursService hours,
                          JobSeekerRepository seekers) {
        this.validator = validator;
        this.contracts = contracts;
        this.hours = hours;
        this.seekers = seekers;
    }

    /** Registers the contract; its id, or the errors by field. */
    public Outcome<String> registerContract(FormData form, String username) {
        FieldErrors errors = FieldErrors.none();
        Integer target = integer(form.value("hoursTarget"), "hoursTarget", errors);
        LocalDate start = date(form.value("startDate"), "startDate", errors);
        LocalDate end = date(form.value("endDate"), "endDate", errors);
        PublicContractRequest request = new PublicContractRequest(form.value("ref"), form.value("buyerId"),
                form.value("title"), target, start, end);
        errors.addViolations(validator.validate(request));
        if (!errors.isEmpty()) {
            return Outcome.rejected(errors);
        }
        try {
            return Outcome.done(contracts.create(new NewPublicContract(request.ref(), request.buyerId(),
                    request.title(), request.hoursTarget(), request.startDate(), request.endDate()), username).id());
        } catch (InvalidDataException e) {
            return Outcome.rejected(errors.addAll(e.errors()));
        } catch (ConflictException e) {
            return Outcome.rejected(errors.add("ref", e.getMessage()));
        }
    }

    /** Records (or corrects) a month of hours; the recorded line, or the errors by field. */
    public Outcome<RecordedHours> recordHours(FormData form, String username) {
        FieldErrors errors = FieldErrors.none();
        String person = form.value("jobSeekerId");
        Optional<JobSeeker> seeker = person.isEmpty() ? Optional.empty()
                : seekers.findByExternalRef(person).or(() -> seekers.findById(person));
        if (!person.isEmpty() && seeker.isEmpty()) {
            errors.add("jobSeekerId", "aucune personne n’a la référence « " + person + " »");
        }
        BigDecimal amount = decimal(form.value("hours"), "hours", errors);
        InsertionHoursRequest request = new InsertionHoursRequest(form.value("contractRef"),
                seeker.map(JobSeeker::id).orElse(person.isEmpty() ? "" : "?"), amount, month(form.value("month")));
        errors.addViolations(validator.validate(request));
        if (!errors.isEmpty()) {
            return Outcome.rejected(errors);
        }
        try {
            return Outcome.done(hours.record(new HoursEntry(request.contractRef(), request.jobSeekerId(),
                    request.hours(), YearMonth.parse(request.month()), username, null)));
        } catch (InvalidDataException e) {
            e.errors().forEach(f -> errors.add(f.field(),
                    f.message().replace(" (enregistrez-le d'abord : POST /api/v1/public-contracts)", "")));
            return Outcome.rejected(errors);
        }
    }

    /** "10/2026" or "2026-10" → "2026-10"; anything else as typed (the request's pattern then refuses it). */
    static String month(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{4})").matcher(text);
        if (m.matches()) {
            return m.group(2) + "-" + (m.group(1).length() == 1 ? "0" : "") + m.group(1);
        }
        return text;
    }

    @Nullable
    private static Integer integer(String text, String field, FieldErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(" ", "").replace("\u202F", "").replace("\u00A0", ""));
        } catch (NumberFormatException e) {
            errors.add(field, "un nombre entier d’heures, par exemple 420");
            return null;
        }
    }

    @Nullable
    private static BigDecimal decimal(String text, String field, FieldErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(field, "un nombre d’heures, par exemple 35 ou 17,5");
            return null;
        }
    }

    @Nullable
    private static LocalDate date(String text, String field, FieldErrors errors) {
        try {
            return Dates.parse(text).orElse(null);
        } catch (DateTimeException e) {
            errors.add(field, "date invalide : écrivez-la JJ/MM/AAAA");
            return null;
        }
    }

    /** What a form gave: a result, or the errors to show beside the fields. */
    public record Outcome<T>(@Nullable T result, FieldErrors errors) {
        static <T> Outcome<T> done(T result) {
            return new Outcome<>(result, FieldErrors.none());
        }

        static <T> Outcome<T> rejected(FieldErrors errors) {
            return new Outcome<>(null, errors);
        }
    }
}

package fr.tremplin.api.transfer;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.error.ConstraintViolationHandler;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.seeker.JobSeekerChecks;
import fr.tremplin.api.seeker.JobSeekerMapper;
import fr.tremplin.api.seeker.JobSeekerRequest;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerImport;
import fr.tremplin.data.user.Role;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Import of a job-seekers file: every line is bound into a {@link JobSeekerRequest} and checked exactly as the API
 * checks one (bean validation, then {@link JobSeekerChecks}), then compared by reference with the stored person
 * (created, updated at the stored version, or unchanged). A unit manager's file may only hold people of their unit
 * (403 naming the lines otherwise). Nothing is written in a dry run or when any line is in error; otherwise all
 * lines are written in one transaction ({@link JobSeekerImport}).
 */
@Singleton
public class SeekerImporter {
    public static final String KIND = "job-seekers";

    private final Validator validator;
    private final JobSeekerChecks checks;
    private final JobSeekerMapper mapper;
    private final JobSeekerImport store;

    public SeekerImporter(Validator validator, JobSeekerChecks checks, JobSeekerMapper mapper, JobSeekerImport store) {
        this.validator = validator;
        this.checks = checks;
        this.mapper = mapper;
        this.store = store;
    }

    /** Lines checked so far, out of all: for a progress line. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void checked(int done, int total);
    }

    public ImportReport run(byte[] file, boolean dryRun, CurrentUser user) {
        return run(file, dryRun, user, Progress.NONE);
    }

    public ImportReport run(byte[] file, boolean dryRun, CurrentUser user, Progress progress) {
        SeekerFile.Parsed parsed = SeekerFile.read(file);
        int done = 0;
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        List<JobSeekerImport.Change> changes = new ArrayList<>();
        TreeSet<Integer> foreign = new TreeSet<>();
        TreeSet<Integer> rejected = new TreeSet<>();
        parsed.errors().stream().filter(e -> e.line() > 1).forEach(e -> rejected.add(e.line())); // not the headers
        Map<String, Integer> refs = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SeekerFile.Line line : parsed.lines()) {
            progress.checked(done++, parsed.lines().size());
            List<ImportError> lineErrors = new ArrayList<>();
            SeekerCells raw = new SeekerCells(line.number(), line.cells());
            String ref = raw.text(SeekerColumn.REF);
            Optional<JobSeeker> stored = ref == null ? Optional.empty() : store.findByExternalRef(ref);
            if (outsideUnit(user, raw.text(SeekerColumn.UNIT))
                    || stored.isPresent() && outsideUnit(user, stored.get().employmentUnit())) {
                foreign.add(line.number());
            }
            Integer first = ref == null ? null : refs.putIfAbsent(ref, line.number());
            if (first != null) {
                lineErrors.add(new ImportError(line.number(), SeekerColumn.REF.header(), ref,
                        "référence déjà présente à la ligne " + first + " du fichier"));
            }
            JobSeekerRequest request = bind(stored.map(p -> withStoredValues(line, p)).orElse(line), lineErrors);
            if (!lineErrors.isEmpty() || request == null) {
                errors.addAll(lineErrors);
                rejected.add(line.number());
                continue;
            }
            JobSeeker draft = mapper.toEntity(request);
            if (stored.isEmpty()) {
                created++;
                changes.add(new JobSeekerImport.Change(null, null, draft));
            } else if (JobSeekerImport.sameData(stored.get(), draft)) {
                unchanged++;
            } else {
                updated++;
                changes.add(new JobSeekerImport.Change(stored.get().id(), stored.get().version(), draft));
            }
        }
        progress.checked(done, parsed.lines().size());
        if (!foreign.isEmpty()) {
            throw new ForbiddenException("Votre compte est rattaché à l'unité " + user.unit() + " : le fichier ne peut"
                    + " contenir que des personnes de cette unité ; ligne(s) " + lines(foreign)
                    + " d'une autre unité. Rien n'a été importé.");
        }
        errors.sort(Comparator.comparingInt(ImportError::line));
        ImportReport report = new ImportReport(KIND, dryRun, parsed.lines().size(), created, updated, unchanged,
                rejected.size(), List.copyOf(errors));
        if (!dryRun && !report.hasErrors() && !changes.isEmpty()) {
            store.apply(changes, AccessPolicy.auditor(user));
        }
        return report;
    }

    /** A change of a stored person keeps the stored value of every column the file does not have. */
    private static SeekerFile.Line withStoredValues(SeekerFile.Line line, JobSeeker stored) {
        List<Object> values = SeekerExporter.row(stored);
        Map<SeekerColumn, String> cells = new java.util.EnumMap<>(SeekerColumn.class);
        cells.putAll(line.cells());
        for (SeekerColumn c : SeekerColumn.values()) {
            if (!cells.containsKey(c)) {
                Object v = values.get(c.ordinal());
                cells.put(c, v == null ? "" : v.toString());
            }
        }
        return new SeekerFile.Line(line.number(), cells);
    }

    /** The line's request, or null when a cell could not be read or a rule is broken (errors added). */
    private JobSeekerRequest bind(SeekerFile.Line line, List<ImportError> errors) {
        SeekerCells cells = new SeekerCells(line.number(), line.cells());
        JobSeekerRequest request = cells.request();
        errors.addAll(cells.errors());
        for (ConstraintViolation<JobSeekerRequest> v : validator.validate(request)) {
            String field = ConstraintViolationHandler.fieldName(v);
            SeekerColumn column = SeekerColumn.ofField(field);
            if (column != null && !cells.errors().isEmpty()
                    && cells.errors().stream().anyMatch(e -> column.header().equals(e.column()))) {
                continue; // the cell could not be read: already reported
            }
            errors.add(error(line, column, field, cells, v.getMessage()));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            checks.check(request);
        } catch (InvalidDataException e) {
            for (FieldError f : e.errors()) {
                errors.add(error(line, SeekerColumn.ofField(f.field()), f.field(), cells, f.message()));
            }
            return null;
        }
        return request;
    }

    private static ImportError error(SeekerFile.Line line, SeekerColumn column, String field, SeekerCells cells,
                                     String message) {
        if (column == null) {
            return new ImportError(line.number(), null, null, field + " : " + message);
        }
        String detail = field.equals(column.field()) ? message : field + " : " + message;
        return new ImportError(line.number(), column.header(), cells.text(column), detail);
    }

    private static boolean outsideUnit(CurrentUser user, String unit) {
        return user.role() != Role.ADMIN && unit != null && !unit.equals(user.unit());
    }

    private static String lines(TreeSet<Integer> numbers) {
        List<String> shown = numbers.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", shown) + (numbers.size() > shown.size() ? "…" : "");
    }
}

package fr.tremplin.api.transfer;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.seeker.JobSeekerChecks;
import fr.tremplin.api.seeker.JobSeekerMapper;
import fr.tremplin.api.seeker.JobSeekerRequest;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerImport;
import fr.tremplin.data.user.Role;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The job-seekers kind of import: every line is bound into a {@link JobSeekerRequest} and checked exactly as the API
 * checks one (bean validation, then {@link JobSeekerChecks}), then compared by reference with the stored person
 * (created, updated at the stored version, or unchanged). A unit manager's file may only hold people of their unit
 * (403 naming the lines otherwise). Writes go through {@link JobSeekerImport} (outbox, consent history, audit).
 */
@Singleton
public class SeekerImporter implements ImportKind<SeekerColumn, JobSeekerImport.Change> {
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

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Class<SeekerColumn> columns() {
        return SeekerColumn.class;
    }

    @Override
    public SeekerColumn key() {
        return SeekerColumn.REF;
    }

    @Override
    public List<Outcome<JobSeekerImport.Change>> check(List<Line<SeekerColumn>> lines, CurrentUser user) {
        Set<String> refs = lines.stream().map(l -> new Cells<>(l).text(SeekerColumn.REF)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, JobSeeker> stored = store.findByExternalRefs(refs);
        List<Outcome<JobSeekerImport.Change>> outcomes = new ArrayList<>(lines.size());
        for (Line<SeekerColumn> line : lines) {
            outcomes.add(check(line, stored, user));
        }
        return outcomes;
    }

    private Outcome<JobSeekerImport.Change> check(Line<SeekerColumn> line, Map<String, JobSeeker> storedByRef,
                                                  CurrentUser user) {
        SeekerCells raw = new SeekerCells(line);
        String ref = raw.text(SeekerColumn.REF);
        JobSeeker stored = ref == null ? null : storedByRef.get(ref);
        boolean outside = outsideUnit(user, raw.text(SeekerColumn.UNIT))
                || stored != null && outsideUnit(user, stored.employmentUnit());
        SeekerCells cells = stored == null ? raw : new SeekerCells(line.keeping(SeekerColumn.class, SeekerExporter.row(stored)));
        JobSeekerRequest request = cells.request();
        List<ImportError> errors = new ArrayList<>();
        if (!Binding.valid(validator, request, cells, SeekerColumn.class, line.number(), errors)
                || !Binding.checked(() -> checks.check(request), cells, SeekerColumn.class, line.number(), errors)) {
            return Outcome.rejected(errors, outside);
        }
        JobSeeker draft = mapper.toEntity(request);
        if (stored == null) {
            return Outcome.created(new JobSeekerImport.Change(null, null, draft), outside);
        }
        if (JobSeekerImport.sameData(stored, draft)) {
            return Outcome.unchanged(outside);
        }
        return Outcome.updated(new JobSeekerImport.Change(stored.id(), stored.version(), draft), outside);
    }

    @Override
    public void write(List<JobSeekerImport.Change> writes, Auditor who) {
        store.apply(writes, who);
    }

    @Override
    public ForbiddenException outsideScope(CurrentUser user, String lines) {
        return new ForbiddenException("Votre compte est rattaché à l'unité " + user.unit() + " : le fichier ne peut"
                + " contenir que des personnes de cette unité ; ligne(s) " + lines
                + " d'une autre unité. Rien n'a été importé.");
    }

    private static boolean outsideUnit(CurrentUser user, String unit) {
        return user.role() != Role.ADMIN && unit != null && !unit.equals(user.unit());
    }
}

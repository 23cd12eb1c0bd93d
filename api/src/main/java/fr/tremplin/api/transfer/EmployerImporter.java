package fr.tremplin.api.transfer;

import fr.tremplin.api.employer.EmployerChecks;
import fr.tremplin.api.employer.EmployerRequest;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerImport;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The employers kind of import: each line becomes an {@link EmployerRequest} checked as {@code POST
 * /api/v1/employers} checks one (bean validation, then {@link EmployerChecks}: SIRET check digit, commune, NAF), then
 * matched by SIRET with the stored employer (created, updated at its stored version, or unchanged). ADMIN only.
 */
@Singleton
public class EmployerImporter implements ImportKind<EmployerColumn, EmployerImport.Change> {
    public static final String KIND = "employers";

    static final Map<String, String> KINDS = Map.of("ENTREPRISE", "COMPANY", "GEIQ", "EMPLOYER_GROUP",
            "GROUPEMENT D'EMPLOYEURS", "EMPLOYER_GROUP", "GROUPEMENT", "EMPLOYER_GROUP", "ACHETEUR PUBLIC",
            "PUBLIC_BUYER");
    static final Map<String, String> SECTORS = Map.of("BTP", "BUILDING", "BÂTIMENT", "BUILDING", "BATIMENT",
            "BUILDING", "PROPRETÉ", "CLEANING", "PROPRETE", "CLEANING", "INDUSTRIE", "INDUSTRY", "AUTRE", "OTHER",
            "TRANSPORT ET LOGISTIQUE", "TRANSPORT");

    private final Validator validator;
    private final EmployerChecks checks;
    private final EmployerImport store;

    public EmployerImporter(Validator validator, EmployerChecks checks, EmployerImport store) {
        this.validator = validator;
        this.checks = checks;
        this.store = store;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Class<EmployerColumn> columns() {
        return EmployerColumn.class;
    }

    @Override
    public EmployerColumn key() {
        return EmployerColumn.SIRET;
    }

    @Override
    public List<Outcome<EmployerImport.Change>> check(List<Line<EmployerColumn>> lines, CurrentUser user) {
        Set<String> sirets = lines.stream().map(l -> siret(new Cells<>(l))).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Employer> stored = store.findBySirets(sirets);
        List<Outcome<EmployerImport.Change>> outcomes = new ArrayList<>(lines.size());
        for (Line<EmployerColumn> line : lines) {
            outcomes.add(check(line, stored));
        }
        return outcomes;
    }

    private Outcome<EmployerImport.Change> check(Line<EmployerColumn> line, Map<String, Employer> bySiret) {
        String siret = siret(new Cells<>(line));
        Employer stored = siret == null ? null : bySiret.get(siret);
        Cells<EmployerColumn> cells = new Cells<>(stored == null ? line
                : line.keeping(EmployerColumn.class, EmployerExporter.row(stored)));
        EmployerRequest request = new EmployerRequest(siret, cells.text(EmployerColumn.NAME),
                cells.code(EmployerColumn.KIND, KINDS), cells.code(EmployerColumn.SECTOR, SECTORS),
                cells.text(EmployerColumn.COMMUNE), upper(cells.text(EmployerColumn.NAF)));
        List<ImportError> errors = new ArrayList<>();
        if (!Binding.valid(validator, request, cells, EmployerColumn.class, line.number(), errors)
                || !Binding.checked(() -> checks.check(request), cells, EmployerColumn.class, line.number(), errors)) {
            return Outcome.rejected(errors, false);
        }
        Employer draft = new Employer(null, request.siret(), request.name().strip(), EmployerKind.valueOf(request.kind()),
                Sector.valueOf(request.sector()), request.communeInsee(), request.nafCode(), null, null, null);
        if (stored == null) {
            return Outcome.created(new EmployerImport.Change(null, null, draft), false);
        }
        if (EmployerImport.sameData(stored, draft)) {
            return Outcome.unchanged(false);
        }
        return Outcome.updated(new EmployerImport.Change(stored.id(), stored.version(), draft), false);
    }

    @Override
    public void write(List<EmployerImport.Change> writes, Auditor who) {
        store.apply(writes);
    }

    @Nullable
    private static String siret(Cells<EmployerColumn> cells) {
        return Cells.withoutSpaces(cells.text(EmployerColumn.SIRET));
    }

    @Nullable
    private static String upper(@Nullable String v) {
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }
}

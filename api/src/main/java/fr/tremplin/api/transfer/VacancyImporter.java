package fr.tremplin.api.transfer;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.vacancy.InsertionClauseDto;
import fr.tremplin.api.vacancy.VacancyChecks;
import fr.tremplin.api.vacancy.VacancyMapper;
import fr.tremplin.api.vacancy.VacancyRequest;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerImport;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyImport;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vacancies kind of import: each line becomes a {@link VacancyRequest} checked as {@code POST /api/v1/vacancies}
 * checks one (bean validation, then {@link VacancyChecks}: ROME code, commune, skills, dates, public contract), its
 * employer named by SIRET (an employer already stored: import the employers first), then matched by reference with
 * the stored vacancy (created with that reference, updated at its stored version, or unchanged). ADMIN only.
 */
@Singleton
public class VacancyImporter implements ImportKind<VacancyColumn, VacancyImport.Change> {
    public static final String KIND = "vacancies";

    private static final Map<String, String> CONTRACTS = Map.of("INTÉRIM", "INTERIM", "INTERIM", "INTERIM",
            "APPRENTISSAGE", "APPRENTICESHIP", "CONTRAT D'APPRENTISSAGE", "APPRENTICESHIP", "PROFESSIONNALISATION",
            "PROFESSIONALISATION", "CONTRAT DE PROFESSIONNALISATION", "PROFESSIONALISATION");
    private static final Map<String, String> STATUS = Map.of("OUVERTE", "OPEN", "POURVUE", "FILLED", "FERMÉE", "CLOSED",
            "FERMEE", "CLOSED", "CLÔTURÉE", "CLOSED");

    private final Validator validator;
    private final VacancyChecks checks;
    private final VacancyImport store;
    private final EmployerImport employers;

    public VacancyImporter(Validator validator, VacancyChecks checks, VacancyImport store, EmployerImport employers) {
        this.validator = validator;
        this.checks = checks;
        this.store = store;
        this.employers = employers;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Class<VacancyColumn> columns() {
        return VacancyColumn.class;
    }

    @Override
    public VacancyColumn key() {
        return VacancyColumn.REF;
    }

    @Override
    public List<Outcome<VacancyImport.Change>> check(List<Line<VacancyColumn>> lines, CurrentUser user) {
        Set<String> refs = lines.stream().map(l -> new Cells<>(l).text(VacancyColumn.REF)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, VacancyImport.Stored> stored = store.findByReferences(refs);
        Set<String> sirets = lines.stream().map(l -> Cells.withoutSpaces(new Cells<>(l).text(VacancyColumn.EMPLOYER)))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Employer> bySiret = employers.findBySirets(sirets);
        Map<String, Employer> byId = new HashMap<>();
        bySiret.values().forEach(e -> byId.put(e.id(), e));
        byId.putAll(employers.findByIds(stored.values().stream().map(s -> s.vacancy().employerId())
                .filter(id -> !byId.containsKey(id)).collect(Collectors.toSet())));
        List<Outcome<VacancyImport.Change>> outcomes = new ArrayList<>(lines.size());
        for (Line<VacancyColumn> line : lines) {
            outcomes.add(check(line, stored, bySiret, byId));
        }
        return outcomes;
    }

    private Outcome<VacancyImport.Change> check(Line<VacancyColumn> line, Map<String, VacancyImport.Stored> byRef,
                                                Map<String, Employer> bySiret, Map<String, Employer> byId) {
        String ref = new Cells<>(line).text(VacancyColumn.REF);
        VacancyImport.Stored stored = ref == null ? null : byRef.get(ref);
        Cells<VacancyColumn> cells = new Cells<>(stored == null ? line : line.keeping(VacancyColumn.class,
                VacancyExporter.row(ref, stored.vacancy(), byId.get(stored.vacancy().employerId()).siret())));
        List<ImportError> errors = new ArrayList<>();
        if (ref == null) {
            cells.fail(VacancyColumn.REF, null, "obligatoire (référence de l'offre)");
        } else if (!ref.matches("[A-Za-z0-9._-]{1,40}")) {
            cells.fail(VacancyColumn.REF, ref, "lettres, chiffres, « . », « _ » ou « - », 40 caractères au plus");
        }
        String siret = Cells.withoutSpaces(cells.text(VacancyColumn.EMPLOYER));
        Employer employer = siret == null ? null : bySiret.get(siret);
        if (siret == null) {
            cells.fail(VacancyColumn.EMPLOYER, null, "obligatoire (SIRET de l'employeur)");
        } else if (employer == null) {
            cells.fail(VacancyColumn.EMPLOYER, siret, "aucun employeur enregistré sous ce SIRET : importez d'abord"
                    + " les employeurs (type employers)");
        }
        VacancyRequest request = request(cells);
        if (!Binding.valid(validator, request, cells, VacancyColumn.class, line.number(), errors)
                || !Binding.checked(() -> checks.check(employer.id(), request), cells, VacancyColumn.class,
                line.number(), errors)) {
            return Outcome.rejected(errors, false);
        }
        Vacancy draft = VacancyMapper.toEntity(employer.id(), request);
        if (stored == null) {
            return Outcome.created(new VacancyImport.Change(null, null, ref, draft), false);
        }
        if (VacancyImport.sameData(stored.vacancy(), draft)) {
            return Outcome.unchanged(false);
        }
        return Outcome.updated(new VacancyImport.Change(stored.vacancy().id(), stored.vacancy().version(), ref, draft),
                false);
    }

    private static VacancyRequest request(Cells<VacancyColumn> cells) {
        String contractRef = cells.text(VacancyColumn.CLAUSE_CONTRACT);
        Integer clauseHours = cells.integer(VacancyColumn.CLAUSE_HOURS);
        InsertionClauseDto clause = contractRef == null && clauseHours == null ? null
                : new InsertionClauseDto(contractRef, clauseHours);
        return new VacancyRequest(null, upper(cells.text(VacancyColumn.OCCUPATION)), cells.text(VacancyColumn.TITLE),
                cells.text(VacancyColumn.DESCRIPTION), cells.text(VacancyColumn.COMMUNE),
                cells.code(VacancyColumn.CONTRACT, CONTRACTS), cells.integer(VacancyColumn.HOURS),
                cells.date(VacancyColumn.START), cells.integer(VacancyColumn.POSITIONS),
                cells.codes(VacancyColumn.REQUIRED_SKILLS), cells.codes(VacancyColumn.NICE_SKILLS),
                upperAll(cells.codes(VacancyColumn.LICENCES)), cells.integer(VacancyColumn.DIPLOMA), clause,
                cells.code(VacancyColumn.STATUS, STATUS), null);
    }

    @Override
    public void write(List<VacancyImport.Change> writes, Auditor who) {
        store.apply(writes);
    }

    @Nullable
    private static String upper(@Nullable String v) {
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    @Nullable
    private static List<String> upperAll(@Nullable List<String> v) {
        return v == null ? null : v.stream().map(VacancyImporter::upper).toList();
    }
}

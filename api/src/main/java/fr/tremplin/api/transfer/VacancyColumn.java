package fr.tremplin.api.transfer;

/**
 * The columns of a vacancies file, in the order an export writes them: French header, field of
 * {@code VacancyRequest} (also accepted as a header; the employer is named by its SIRET), whether the column must be
 * present.
 */
public enum VacancyColumn implements Column {
    REF("Référence", "externalRef", true),
    EMPLOYER("SIRET employeur", "employerSiret", true),
    OCCUPATION("Métier (ROME)", "occupation", true),
    TITLE("Intitulé", "title", true),
    DESCRIPTION("Description", "description", false),
    COMMUNE("Commune (INSEE)", "communeInsee", true),
    CONTRACT("Contrat", "contractType", true),
    HOURS("Heures par semaine", "hoursPerWeek", true),
    START("Date de début", "startDate", false),
    POSITIONS("Postes", "positions", true),
    REQUIRED_SKILLS("Compétences exigées", "requiredSkills", false),
    NICE_SKILLS("Compétences souhaitées", "niceToHaveSkills", false),
    LICENCES("Permis exigés", "requiredLicences", false),
    DIPLOMA("Niveau de diplôme minimum", "minDiplomaLevel", false),
    CLAUSE_CONTRACT("Marché (clause d'insertion)", "insertionClause.contractRef", false),
    CLAUSE_HOURS("Heures d'insertion", "insertionClause.hours", false),
    STATUS("Statut", "status", false);

    private final Spec spec;

    VacancyColumn(String header, String field, boolean required) {
        this.spec = new Spec(header, field, required);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}

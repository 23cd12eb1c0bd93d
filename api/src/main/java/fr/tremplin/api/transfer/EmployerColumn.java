package fr.tremplin.api.transfer;

/**
 * The columns of an employers file, in the order an export writes them: French header, field of
 * {@code EmployerRequest} (also accepted as a header), whether the column must be present.
 */
public enum EmployerColumn implements Column {
    SIRET("SIRET", "siret", true),
    NAME("Raison sociale", "name", true),
    KIND("Type", "kind", true),
    SECTOR("Secteur", "sector", true),
    COMMUNE("Commune (INSEE)", "communeInsee", true),
    NAF("Code NAF", "nafCode", false);

    private final Spec spec;

    EmployerColumn(String header, String field, boolean required) {
        this.spec = new Spec(header, field, required);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}

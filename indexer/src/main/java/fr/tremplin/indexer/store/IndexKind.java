package fr.tremplin.indexer.store;

/** The two indexes Tremplin keeps, with their directory name inside a generation and a label for humans. */
public enum IndexKind {
    SEEKERS("job-seekers", "job seekers"),
    VACANCIES("vacancies", "vacancies");

    private final String directoryName;
    private final String label;

    IndexKind(String directoryName, String label) {
        this.directoryName = directoryName;
        this.label = label;
    }

    public String directoryName() {
        return directoryName;
    }

    /** Plural noun for logs and reports: "job seekers", "vacancies". */
    public String label() {
        return label;
    }
}

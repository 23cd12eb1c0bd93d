package fr.tremplin.data.demo;

/**
 * How much demo data to generate.
 *
 * @param seekers   job seekers (default 28,000: the département's caseload)
 * @param companies ordinary companies (default 1,500, at least 1: the demo account {@code entreprise} is
 *                  attached to the first); the dozen employer groups (GEIQ), the ~40 SIAE and the ~10 public
 *                  buyers come on top and do not scale
 * @param vacancies OPEN vacancies (default 3,000); about one in twenty more are generated FILLED or CLOSED
 */
public record DemoDataSize(int seekers, int companies, int vacancies) {

    public static final int DEFAULT_SEEKERS = 28_000;
    public static final int DEFAULT_COMPANIES = 1_500;
    public static final int DEFAULT_VACANCIES = 3_000;
    /** Upper bound of each size: far beyond a département, and it keeps SIRETs and references unique. */
    public static final int MAX = 5_000_000;

    /** The default run's data set: 28,000 job seekers, 1,500 companies, 3,000 open vacancies. */
    public static final DemoDataSize DEFAULT = new DemoDataSize(DEFAULT_SEEKERS, DEFAULT_COMPANIES, DEFAULT_VACANCIES);

    public DemoDataSize {
        check("seekers", seekers);
        check("companies", companies);
        if (companies < 1) {
            throw new IllegalArgumentException("tremplin.demo.companies must be at least 1: the demo account"
                    + " 'entreprise' is attached to the first demo company");
        }
        check("vacancies", vacancies);
    }

    private static void check(String name, int value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("tremplin.demo." + name + " must be between 0 and " + MAX
                    + ", not " + value);
        }
    }
}

package fr.tremplin.data.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code tremplin.demo.*}: the demo data set of the default run.
 *
 * @param enabled      {@code tremplin.demo.enabled} (boolean, default false here; the api's application.yml
 *                     turns it on with {@code TREMPLIN_DEMO}): generate the demo data and accounts on first start
 * @param accountsOnly {@code tremplin.demo.accounts-only} (boolean, default false): only the five demo accounts
 *                     and the two employers they are attached to (for tests)
 * @param seekers      {@code tremplin.demo.seekers} (int ≥ 0, default 28000): job seekers
 * @param companies    {@code tremplin.demo.companies} (int ≥ 0, default 1500): companies, on top of the fixed
 *                     employer groups, SIAE and public buyers
 * @param vacancies    {@code tremplin.demo.vacancies} (int ≥ 0, default 3000): open vacancies (5 % more are
 *                     generated filled or closed)
 * @param seed         {@code tremplin.demo.seed} (long, default 44): the random seed; same seed, same data
 */
@ConfigurationProperties("tremplin.demo")
public record DemoDataConfiguration(
        @Bindable(defaultValue = "false") boolean enabled,
        @Bindable(defaultValue = "false") boolean accountsOnly,
        @Bindable(defaultValue = "28000") int seekers,
        @Bindable(defaultValue = "1500") int companies,
        @Bindable(defaultValue = "3000") int vacancies,
        @Bindable(defaultValue = "44") long seed) {

    /** The sizes, checked (0 to {@value DemoDataSize#MAX} each). */
    public DemoDataSize size() {
        return new DemoDataSize(seekers, companies, vacancies);
    }
}

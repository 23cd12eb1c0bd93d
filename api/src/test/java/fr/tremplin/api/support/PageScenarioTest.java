package fr.tremplin.api.support;

import fr.tremplin.api.shortlist.ShortlistScenario;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that build data through the API ({@link ShortlistScenario}) and read pages ({@link WebPages}). */
public abstract class PageScenarioTest extends ApiTest {
    protected ShortlistScenario s;
    protected WebPages web;

    @BeforeEach
    void scenarioAndPages() {
        s = new ShortlistScenario(api);
        web = new WebPages(httpClient, api);
    }
}

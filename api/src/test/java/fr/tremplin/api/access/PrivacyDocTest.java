package fr.tremplin.api.access;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/privacy.md shows the authorization matrix generated from {@link AccessRules}: this test fails when the
 * document is behind the table. To refresh it: {@code ./mvnw -pl api test -Dtest=PrivacyDocTest -Dtremplin.docs.write=true}.
 */
class PrivacyDocTest {
    private static final Path DOC = Path.of("..", "docs", "privacy.md");

    @Test
    void privacyDocumentShowsTheCurrentMatrix() throws IOException {
        String document = Files.readString(DOC, StandardCharsets.UTF_8);
        String refreshed = MatrixDocument.refresh(document);
        if (Boolean.getBoolean("tremplin.docs.write")) {
            Files.writeString(DOC, refreshed, StandardCharsets.UTF_8);
            document = refreshed;
        }
        assertThat(document).as("docs/privacy.md is behind AccessRules: refresh it (see this test's Javadoc)")
                .isEqualTo(refreshed);
        assertThat(document).contains("| `DELETE /api/v1/job-seekers/{id}` |");
    }

    @Test
    void everyRouteOfTheTableHasAPurposeAndRolesOrIsPublic() {
        assertThat(AccessRules.all()).allSatisfy(rule -> {
            assertThat(rule.purpose()).isNotBlank();
            assertThat(rule.scope() == Scope.PUBLIC || !rule.roles().isEmpty()).as(rule.path()).isTrue();
        });
        assertThat(AccessRules.all().stream().map(r -> r.method() + " " + r.path()).distinct().count())
                .as("one row per route").isEqualTo(AccessRules.all().size());
    }

    @Test
    void anAdviserOfAnotherUnitIsRefusedAPersonsFileButSeesRankings() {
        RouteRule read = AccessRules.find("GET", "/api/v1/job-seekers/{id}").orElseThrow();
        RouteRule ranking = AccessRules.find("GET", "/api/v1/vacancies/{id}/candidates").orElseThrow();
        RouteRule erase = AccessRules.find("DELETE", "/api/v1/job-seekers/{id}").orElseThrow();
        assertThat(read.expect(Caller.ADVISER_OTHER_UNIT)).isEqualTo(Expect.DENY);
        assertThat(read.expect(Caller.ADVISER_OWN_UNIT)).isEqualTo(Expect.ALLOW);
        assertThat(read.expect(Caller.ANONYMOUS)).isEqualTo(Expect.LOGIN);
        assertThat(ranking.expect(Caller.ADVISER_OTHER_UNIT)).isEqualTo(Expect.ALLOW);
        assertThat(erase.expect(Caller.ADVISER_OWN_UNIT)).isEqualTo(Expect.DENY);
        assertThat(erase.expect(Caller.MANAGER_OTHER_UNIT)).isEqualTo(Expect.DENY);
        assertThat(erase.expect(Caller.MANAGER_OWN_UNIT)).isEqualTo(Expect.ALLOW);
        assertThat(AccessRules.find("GET", "/api/v1/vacancies/{id}").orElseThrow().expect(Caller.EMPLOYER_OTHER))
                .isEqualTo(Expect.HIDDEN);
    }
}

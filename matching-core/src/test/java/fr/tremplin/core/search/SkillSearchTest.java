package fr.tremplin.core.search;

import fr.tremplin.core.referential.SkillKind;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SkillSearchTest {

    private static SkillSearch search;

    @BeforeAll
    static void build() {
        long start = System.nanoTime();
        search = SkillSearch.build(TestReferential.get());
        System.out.printf("SkillSearch built in %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @Test
    void exactLabelComesFirstWithItsCodeAndKind() {
        List<SkillMatch> matches = search.search("techniques de soudage", 5);

        assertThat(matches.get(0)).isEqualTo(new SkillMatch("100007", "Techniques de soudage", SkillKind.SAVOIR,
                matches.get(0).score()));
        assertThat(matches).extracting(SkillMatch::code).doesNotHaveDuplicates();
    }

    @Test
    void toleratesTyposAndAnUnfinishedWord() {
        assertThat(search.search("tecniques de soudag", 3)).first().extracting(SkillMatch::code).isEqualTo("100007");
        assertThat(search.search("Techniques de souda", 3)).first().extracting(SkillMatch::code).isEqualTo("100007");
    }

    @Test
    void oneWordFindsTheShortLabelsThatContainItFirst() {
        List<SkillMatch> matches = search.search("soudage", 5);

        assertThat(matches).hasSize(5).allSatisfy(match -> assertThat(match.label()).containsIgnoringCase("soudage"));
        assertThat(matches.get(0).label()).hasSizeLessThan(25);
    }

    @Test
    void certificatesAreFoundByTheirAcronym() {
        assertThat(search.search("caces", 5)).hasSize(5)
                .allSatisfy(match -> assertThat(match.label()).contains("CACES"));
    }
}

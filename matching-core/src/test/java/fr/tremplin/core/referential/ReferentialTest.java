package fr.tremplin.core.referential;

import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReferentialTest {

    private final Referential referential = TestReferential.get();

    @Test
    void holdsTheWholeRomeV3() {
        assertThat(referential.occupations()).hasSize(532);
        assertThat(referential.jobTitles()).hasSize(11_036);
        assertThat(referential.grandDomains()).hasSize(14);
        assertThat(referential.domains()).hasSize(110);
        assertThat(referential.skills()).hasSize(11_199);
        assertThat(referential.mobilities()).hasSize(4_009);
    }

    @Test
    void holdsTheCommunesOfLoireAtlantiqueAndTheNafActivities() {
        assertThat(referential.communes()).hasSize(207);
        assertThat(referential.nafActivities()).hasSize(732);
    }

    @Test
    void everyMobilityLinksTwoOccupations() {
        assertThat(referential.mobilities()).allSatisfy(mobility -> {
            assertThat(referential.isOccupation(mobility.sourceCode())).as(mobility.sourceCode()).isTrue();
            assertThat(referential.isOccupation(mobility.targetCode())).as(mobility.targetCode()).isTrue();
        });
    }

    @Test
    void everyJobTitleBelongsToAnExistingOccupation() {
        assertThat(referential.jobTitles())
                .allSatisfy(title -> assertThat(referential.isOccupation(title.occupationCode())).isTrue());
        assertThat(referential.occupations())
                .allSatisfy(occupation -> assertThat(referential.jobTitlesOf(occupation.code())).isNotEmpty());
    }

    @Test
    void everyOccupationSitsInItsDomainAndGrandDomain() {
        assertThat(referential.occupations()).allSatisfy(occupation -> {
            ProfessionalDomain domain = referential.domain(occupation.domainCode()).orElseThrow();
            assertThat(domain.grandDomainCode()).isEqualTo(occupation.grandDomainCode());
            assertThat(referential.grandDomain(occupation.grandDomainCode())).isPresent();
        });
    }

    @Test
    void masonryHasItsLabelDomainJobTitlesAndSkills() {
        Occupation masonry = referential.occupation("F1703").orElseThrow();

        assertThat(masonry.label()).isEqualTo("Maçonnerie");
        assertThat(masonry.domainCode()).isEqualTo("F17");
        assertThat(masonry.grandDomainCode()).isEqualTo("F");
        assertThat(referential.domain("F17").orElseThrow().label()).isEqualTo("Travaux et gros oeuvre");
        assertThat(referential.grandDomain("F").orElseThrow().label()).isEqualTo("Construction, Bâtiment et Travaux publics");
        assertThat(referential.jobTitlesOf("F1703")).hasSize(37).allSatisfy(t -> assertThat(t.occupationCode()).isEqualTo("F1703"));
        assertThat(masonry.skillCodes()).hasSize(58)
                .isEqualTo(referential.skillsOf("F1703").stream().map(Skill::code).toList());
    }

    @Test
    void skillsOfAnOccupationListKnowHowBeforeKnowledge() {
        List<Skill> skills = referential.skillsOf("F1703");

        assertThat(skills.getFirst()).isEqualTo(new Skill("102359", "Coordonner l'activité d'une équipe", SkillKind.SAVOIR_FAIRE));
        assertThat(skills).extracting(Skill::kind).isSortedAccordingTo(Enum::compareTo);
        assertThat(skills).filteredOn(skill -> skill.kind() == SkillKind.SAVOIR).hasSize(21);
    }

    @Test
    void environmentItemsAreNotSkills() {
        // 23374 "Au domicile de l'intervenant" is a work environment (rome_ref_env_travail.csv)
        assertThat(referential.isSkill("23374")).isFalse();
        assertThat(referential.skill("23374")).isEmpty();
    }

    @Test
    void occupationCountTellsHowCommonASkillIs() {
        assertThat(referential.occupationCountOf("102359")).isEqualTo(292);
        assertThat(referential.occupationCountOf("unknown")).isZero();
        assertThat(referential.skills())
                .allSatisfy(skill -> assertThat(referential.occupationCountOf(skill.code())).isPositive());
    }

    @Test
    void mobilitiesKeepOneEdgePerOccupationPairAndKind() {
        // A1412 → A1413 (proche) appears three times in the file, once per target job title
        assertThat(referential.mobilitiesFrom("A1412"))
                .filteredOn(m -> m.targetCode().equals("A1413"))
                .containsExactly(new Mobility("A1412", "A1413", MobilityKind.CLOSE));
        assertThat(Set.copyOf(referential.mobilities())).hasSameSizeAs(referential.mobilities());
    }

    @Test
    void mobilitiesFromAndToAreTwoViewsOfTheSameGraph() {
        assertThat(referential.mobilitiesFrom("F1703")).containsExactlyInAnyOrder(
                new Mobility("F1703", "A1203", MobilityKind.CLOSE),
                new Mobility("F1703", "F1613", MobilityKind.CLOSE),
                new Mobility("F1703", "F1701", MobilityKind.CLOSE),
                new Mobility("F1703", "F1202", MobilityKind.EVOLUTION),
                new Mobility("F1703", "F1601", MobilityKind.EVOLUTION),
                new Mobility("F1703", "F1608", MobilityKind.EVOLUTION),
                new Mobility("F1703", "K2111", MobilityKind.EVOLUTION));
        assertThat(referential.mobilitiesTo("F1701")).contains(new Mobility("F1703", "F1701", MobilityKind.CLOSE));
        int incoming = referential.occupations().stream().mapToInt(o -> referential.mobilitiesTo(o.code()).size()).sum();
        assertThat(incoming).isEqualTo(referential.mobilities().size());
    }

    @Test
    void nantesHasItsFourPostalCodes() {
        Commune nantes = referential.commune("44109").orElseThrow();

        assertThat(nantes.name()).isEqualTo("Nantes");
        assertThat(nantes.postalCodes()).containsExactly("44000", "44100", "44200", "44300");
        assertThat(referential.communesByPostalCode("44200")).containsExactly(nantes);
        assertThat(referential.isCommune("44109")).isTrue();
    }

    @Test
    void aPostalCodeCanServeSeveralCommunesAndACommuneSeveralPostalCodes() {
        assertThat(referential.communesByPostalCode("44460")).extracting(Commune::insee)
                .containsExactly("44007", "44057", "44185");
        Commune chaumes = referential.commune("44005").orElseThrow();
        assertThat(chaumes.postalCodes()).containsExactly("44320", "44680");
        assertThat(referential.communesByPostalCode("44680")).contains(chaumes);
        assertThat(referential.communesByPostalCode("75001")).isEmpty();
    }

    @Test
    void nantesIsAbout53KmFromSaintNazaire() {
        assertThat(referential.distanceKm("44109", "44184")).isCloseTo(53.5, within(0.1));
        assertThat(referential.distanceKm("44184", "44109")).isEqualTo(referential.distanceKm("44109", "44184"));
        assertThat(referential.distanceKm("44109", "44109")).isZero();
    }

    @Test
    void distanceToAnUnknownCommuneIsRefusedNamingTheCode() {
        assertThatThrownBy(() -> referential.distanceKm("44109", "75056"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'75056'");
        assertThatThrownBy(() -> referential.distanceKm("99999", "44109"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'99999'");
    }

    @Test
    void everyCommuneLiesInLoireAtlantique() {
        assertThat(referential.communes()).allSatisfy(commune -> {
            assertThat(commune.insee()).startsWith("44");
            assertThat(commune.lat()).isBetween(46.8, 47.9);
            assertThat(commune.lon()).isBetween(-2.6, -0.9);
            assertThat(commune.postalCodes()).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("44"));
        });
        assertThat(referential.communes().stream().mapToInt(Commune::population).sum()).isEqualTo(1_487_570);
    }

    @Test
    void nafActivityAcceptsCompactAndDottedCodes() {
        NafActivity houses = referential.nafActivity("4120A").orElseThrow();

        assertThat(houses).isEqualTo(new NafActivity("4120A", "Construction de maisons individuelles", "F", "Construction"));
        assertThat(referential.nafActivity("41.20A")).contains(houses);
        assertThat(referential.nafActivity("41.20a")).contains(houses);
        assertThat(referential.nafActivity("9999Z")).isEmpty();
    }

    @Test
    void nafLinksOfAnOccupationComeMostHiresFirst() {
        List<RomeNafLink> links = referential.nafLinksOf("F1703");

        assertThat(links).hasSize(28);
        assertThat(links.getFirst()).isEqualTo(new RomeNafLink("F1703", "4399C", 33_900));
        assertThat(links).extracting(RomeNafLink::hires).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(referential.nafLinksOf("Z9999")).isEmpty();
    }

    @Test
    void unknownCodesGiveEmptyResults() {
        assertThat(referential.occupation("Z9999")).isEmpty();
        assertThat(referential.isOccupation("Z9999")).isFalse();
        assertThat(referential.occupation(null)).isEmpty();
        assertThat(referential.jobTitlesOf("Z9999")).isEmpty();
        assertThat(referential.jobTitle("0")).isEmpty();
        assertThat(referential.skillsOf("Z9999")).isEmpty();
        assertThat(referential.mobilitiesFrom("Z9999")).isEmpty();
        assertThat(referential.commune("75056")).isEmpty();
        assertThat(referential.domain("Z99")).isEmpty();
        assertThat(referential.grandDomain("Z")).isEmpty();
    }

    @Test
    void jobTitleIsFoundByCode() {
        assertThat(referential.jobTitle("10879")).hasValueSatisfying(title -> {
            assertThat(title.label()).isEqualTo("Aide-maçon / Aide-maçonne");
            assertThat(title.occupationCode()).isEqualTo("F1704");
        });
    }

    @Test
    void returnedCollectionsAreReadOnly() {
        Occupation any = referential.occupations().iterator().next();
        assertThatThrownBy(() -> referential.occupations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> referential.jobTitles().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> referential.skillsOf("F1703").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> referential.mobilitiesFrom("F1703").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> referential.communes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> referential.nafLinksOf("F1703").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> any.skillCodes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void occupationCodesAreUniqueAndWellFormed() {
        Set<String> codes = referential.occupations().stream().map(Occupation::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(532).allMatch(code -> code.matches("[A-N]\\d{4}"));
    }
}

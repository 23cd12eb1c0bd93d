package fr.tremplin.core.ranking;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.referential.SkillKind;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of a missing item, the GEIQ sectors, the routes and the order of the lines, on the real ROME. */
class TrainingRulesTest {

    private final Referential rome = TestReferential.get();

    private TrainingKind kind(String code) {
        return TrainingRules.kindOf(rome.skill(code).orElseThrow());
    }

    @Test
    void certificatesAreTheSavoirsThatNameOne() {
        assertThat(kind("123698")).isEqualTo(TrainingKind.CERTIFICATION); // (CACES R 389-3)
        assertThat(kind("119258")).isEqualTo(TrainingKind.CERTIFICATION); // Sauvetage Secourisme au Travail (SST)
        assertThat(kind("124200")).isEqualTo(TrainingKind.CERTIFICATION); // Habilitations électriques …
        assertThat(kind("120394")).isEqualTo(TrainingKind.CERTIFICATION); // Certificat de formation ADR
        assertThat(kind("123449")).isEqualTo(TrainingKind.CERTIFICATION); // Permis bateau de plaisance
        assertThat(kind("123456")).isEqualTo(TrainingKind.SKILL); // Permis de conduire B: a driving licence
        assertThat(kind("104724")).isEqualTo(TrainingKind.SKILL); // Dispositifs d'agréments et certification
        assertThat(TrainingRules.kindOf(new Skill("3", "Certifications des établissements de santé", SkillKind.SAVOIR)))
                .as("a body of knowledge, not a certificate").isEqualTo(TrainingKind.SKILL);
        assertThat(kind("108523")).isEqualTo(TrainingKind.SKILL); // Réglementation des diplômes et certifications
        assertThat(kind("100016")).isEqualTo(TrainingKind.SKILL); // Gestes et postures de manutention
        assertThat(TrainingRules.kindOf(new Skill("1", "Conduire un chariot (CACES R 389)", SkillKind.SAVOIR_FAIRE)))
                .as("only savoirs").isEqualTo(TrainingKind.SKILL);
        assertThat(TrainingRules.kindOf(new Skill("2", "Méthodes efficaces de rangement", SkillKind.SAVOIR)))
                .as("CACES is matched as written").isEqualTo(TrainingKind.SKILL);
    }

    @Test
    void theRuleFindsTheCertificatesOfTheRome() {
        List<String> certificates = new ArrayList<>();
        for (Skill skill : rome.skills()) {
            if (TrainingRules.kindOf(skill) == TrainingKind.CERTIFICATION) {
                certificates.add(skill.label());
            }
        }
        assertThat(certificates).hasSize(95)
                .filteredOn(label -> label.contains("CACES")).hasSize(32);
    }

    @Test
    void aRequiredLicenceIsADrivingLicenceOrACertificateWrittenAsALicence() {
        assertThat(TrainingRules.licenceKind("CE")).isEqualTo(TrainingKind.LICENCE);
        assertThat(TrainingRules.licenceLabel("CE")).isEqualTo("Permis CE");
        assertThat(TrainingRules.licenceKind("CACES_R489_3")).isEqualTo(TrainingKind.CERTIFICATION);
        assertThat(TrainingRules.licenceLabel("CACES_R489_3")).isEqualTo("CACES R489 3");
    }

    @Test
    void geiqCoversTheFiveSectors() {
        assertThat(List.of("F1703", "K2204", "H2909", "A1414", "N1103"))
                .allSatisfy(code -> assertThat(TrainingRules.geiqSector(code)).as(code).isTrue());
        assertThat(List.of("K1302", "G1603", "D1507", "K2303"))
                .allSatisfy(code -> assertThat(TrainingRules.geiqSector(code)).as(code).isFalse());
        assertThat(TrainingRules.geiqSector(null)).isFalse();
    }

    @Test
    void routesFollowTheProgrammesThePersonIsEligibleTo() {
        Set<Programme> all = EnumSet.allOf(Programme.class);
        assertThat(TrainingRules.routes(all, true)).containsExactly(TrainingRoute.GEIQ, TrainingRoute.APPRENTICESHIP,
                TrainingRoute.PEC, TrainingRoute.TRAINING);
        assertThat(TrainingRules.routes(all, false)).doesNotContain(TrainingRoute.GEIQ);
        assertThat(TrainingRules.routes(Set.of(), true)).containsExactly(TrainingRoute.TRAINING);
    }

    @Test
    void linesComeMostUnlockingFirstThenLicencesCertificatesSkills() {
        List<TrainingLine> lines = new ArrayList<>(List.of(
                line(TrainingKind.SKILL, "100089", 2), line(TrainingKind.LICENCE, "C", 2),
                line(TrainingKind.CERTIFICATION, "123698", 2), line(TrainingKind.SKILL, "100016", 5),
                line(TrainingKind.SKILL, "100001", 2)));
        lines.sort(TrainingRules.ORDER);
        assertThat(lines).extracting(TrainingLine::code).containsExactly("100016", "C", "123698", "100001", "100089");
    }

    private static TrainingLine line(TrainingKind kind, String code, int count) {
        return new TrainingLine(kind, code, code, count, count, List.of(TrainingRoute.TRAINING), List.of());
    }
}

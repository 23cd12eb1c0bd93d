package fr.tremplin.core.ranking;

import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.referential.SkillKind;
import fr.tremplin.core.seeker.Programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the training lines (docs/adviser-intelligence.md states them for advisers): which kind a missing
 * item is, which occupations a GEIQ covers, which funded routes a person has, and the order of the lines.
 */
public final class TrainingRules {

    /** Examples kept per line. */
    public static final int EXAMPLES = 3;

    /**
     * A ROME savoir is a certificate when its label names one: it contains "CACES" or the word "SST", or it starts
     * with Habilitation, Certificat, Certification (not "Certifications …", a body of knowledge), Attestation,
     * Brevet, Licence, or Permis other than "Permis de conduire" (driving licences are the vacancies' required
     * licences, kind {@link TrainingKind#LICENCE}). 95 of the savoirs the ROME occupations list match, 32 of them
     * CACES.
     */
    private static final Pattern CERTIFICATE = Pattern.compile(
            "(?-i:CACES|\\bSST\\b)|^(Habilitations?|Certificat|Certification|Attestation|Brevet|Licence)\\b(?!s)"
                    + "|^Permis (?!de conduire)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The five GEIQ sectors as ROME codes: grand domains A (agriculture), F (building), H (industry), N (transport
     * and logistics), and professional domain K22 (cleaning).
     */
    private static final Set<String> GEIQ_GRAND_DOMAINS = Set.of("A", "F", "H", "N");
    private static final String GEIQ_CLEANING_DOMAIN = "K22";

    /** Best first: most vacancies unlocked, then licences, certificates, skills, then code. */
    public static final Comparator<TrainingLine> ORDER = Comparator
            .comparingInt(TrainingLine::vacanciesUnlocked).reversed()
            .thenComparing(line -> -line.kind().ordinal())
            .thenComparing(TrainingLine::code);

    private TrainingRules() {
    }

    /** The kind of a missing ROME skill: a certificate when it is a savoir whose label names one. */
    public static TrainingKind kindOf(Skill skill) {
        return skill.kind() == SkillKind.SAVOIR && CERTIFICATE.matcher(skill.label()).find()
                ? TrainingKind.CERTIFICATION : TrainingKind.SKILL;
    }

    /** Whether a vacancy of this ROME occupation may be reached through a GEIQ (the five sectors). */
    public static boolean geiqSector(String occupationCode) {
        return occupationCode != null && !occupationCode.isEmpty()
                && (GEIQ_GRAND_DOMAINS.contains(occupationCode.substring(0, 1))
                || occupationCode.startsWith(GEIQ_CLEANING_DOMAIN));
    }

    /**
     * The funded routes of a person toward an item: GEIQ when the person is eligible to GEIQ and one of the
     * vacancies it unlocks is in a GEIQ sector; apprenticeship and PEC when eligible (the eligibility rules
     * already open apprenticeship to RSA recipients over 26); plain training always.
     */
    public static List<TrainingRoute> routes(Set<Programme> programmes, boolean geiqSector) {
        List<TrainingRoute> routes = new ArrayList<>(4);
        if (geiqSector && programmes.contains(Programme.GEIQ)) {
            routes.add(TrainingRoute.GEIQ);
        }
        if (programmes.contains(Programme.APPRENTICESHIP)) {
            routes.add(TrainingRoute.APPRENTICESHIP);
        }
        if (programmes.contains(Programme.PEC)) {
            routes.add(TrainingRoute.PEC);
        }
        routes.add(TrainingRoute.TRAINING);
        return List.copyOf(routes);
    }

    /** A driving licence category (B, C1E, CE, D…), as the API accepts them in {@code requiredLicences}. */
    private static final Pattern DRIVING = Pattern.compile("AM|A1|A2|A|B1|B|BE|C1|C1E|C|CE|D1|D1E|D|DE");

    /**
     * The kind of a required licence the person misses: {@link TrainingKind#LICENCE} for a driving licence
     * category; any other code (a certificate written as a licence, e.g. CACES_R489_3) is a
     * {@link TrainingKind#CERTIFICATION}.
     */
    public static TrainingKind licenceKind(String code) {
        return DRIVING.matcher(code).matches() ? TrainingKind.LICENCE : TrainingKind.CERTIFICATION;
    }

    /** The French label of a required licence: "Permis C"; another code as written, "CACES R489 3". */
    public static String licenceLabel(String code) {
        return licenceKind(code) == TrainingKind.LICENCE ? "Permis " + code : code.replace('_', ' ');
    }
}

package fr.tremplin.data.demo;

import fr.tremplin.core.ranking.TrainingKind;
import fr.tremplin.core.ranking.TrainingRules;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.RomeNafLink;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.referential.SkillKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The ROME occupations the demo data uses, with what the generators need of each: skills in a
 * seed-dependent "popularity" order (seekers and vacancies favour the same core skills, so that matches
 * exist), job titles in both genders, close occupations (ROME mobility "proche") and linked NAF activities.
 */
final class DemoOccupations {

    /** Every occupation must offer at least this many skills. */
    static final int MIN_SKILLS = 8;

    /**
     * One occupation as the generators see it.
     *
     * @param caces the occupation's CACES savoirs (ROME certificates, {@link TrainingRules#kindOf}), in ROME order;
     *              empty for most occupations
     */
    record DemoOccupation(String code, String label, List<String> rankedSkills, Weighted<FrenchText.GenderedTitle> titles,
                          List<String> closeOccupations, Set<String> nafCodes, List<String> caces) {

        /** One CACES savoir of the occupation, the common forklift category (R 389-3) three times as likely. */
        String drawCaces(SplittableRandom r) {
            return Weighted.of(caces, code -> code.equals(COMMON_FORKLIFT) ? 3 : 1).pick(r);
        }
    }

    /** Chariots élévateurs en porte-à-faux de capacité inférieure ou égale à 6000 kg (CACES R 389-3). */
    static final String COMMON_FORKLIFT = "123698";

    private final Referential referential;
    private final Map<String, DemoOccupation> byCode = new HashMap<>();

    DemoOccupations(Referential referential, long seed) {
        this.referential = referential;
        for (Trade trade : Trade.values()) {
            for (String code : trade.occupationWeights().keySet()) {
                byCode.computeIfAbsent(code, c -> load(c, seed));
            }
        }
    }

    private DemoOccupation load(String code, long seed) {
        Occupation occupation = referential.occupation(code).orElseThrow(() -> new IllegalStateException(
                "The demo data uses ROME occupation " + code + ", which is not in the referential"));
        List<String> skills = new ArrayList<>(referential.skillsOf(code).stream().map(Skill::code).toList());
        if (skills.size() < MIN_SKILLS) {
            throw new IllegalStateException("ROME occupation " + code + " has " + skills.size()
                    + " skills; the demo data needs at least " + MIN_SKILLS);
        }
        shuffle(skills, DemoRandom.of(seed, "skills-rank/" + code, 0));
        Weighted<FrenchText.GenderedTitle> titles = titles(code);
        List<String> close = referential.mobilitiesFrom(code).stream()
                .filter(m -> m.kind() == MobilityKind.CLOSE)
                .map(m -> m.targetCode())
                .distinct()
                .toList();
        Set<String> naf = new LinkedHashSet<>();
        referential.nafLinksOf(code).stream().map(RomeNafLink::nafCode).forEach(naf::add);
        List<String> caces = referential.skillsOf(code).stream()
                .filter(s -> TrainingRules.kindOf(s) == TrainingKind.CERTIFICATION && s.label().contains("CACES"))
                .map(Skill::code).toList();
        return new DemoOccupation(code, occupation.label(), List.copyOf(skills),
                titles, close, Set.copyOf(naf), caces);
    }

    /** The occupation's common titles (the first one twice as likely), all present in the referential. */
    private Weighted<FrenchText.GenderedTitle> titles(String code) {
        Set<String> labels = new HashSet<>();
        referential.jobTitlesOf(code).forEach(t -> labels.add(t.label()));
        List<String> common = CommonTitles.of(code);
        if (common.isEmpty()) {
            throw new IllegalStateException("No common job title listed for demo occupation " + code);
        }
        List<FrenchText.GenderedTitle> titles = new ArrayList<>();
        for (String label : common) {
            if (!labels.contains(label)) {
                throw new IllegalStateException("Job title '" + label + "' is not a ROME title of " + code);
            }
            titles.add(FrenchText.gendered(label).orElseThrow(() -> new IllegalStateException(
                    "Job title '" + label + "' of " + code + " cannot be put in both genders")));
        }
        FrenchText.GenderedTitle first = titles.getFirst();
        return Weighted.of(titles, t -> t == first ? 2 : 1);
    }

    DemoOccupation get(String code) {
        DemoOccupation occupation = byCode.get(code);
        if (occupation == null) {
            throw new IllegalArgumentException("Occupation " + code + " is not one of the demo occupations");
        }
        return occupation;
    }

    /** The ROME label of any occupation (close occupations need not be demo occupations). */
    String label(String code) {
        return referential.occupation(code).map(Occupation::label).orElse(code);
    }

    /** The skills of any occupation, in ROME order. */
    List<String> skillsOf(String code) {
        return referential.skillsOf(code).stream().map(Skill::code).toList();
    }

    boolean isKnowHow(String skillCode) {
        return referential.skill(skillCode).map(s -> s.kind() == SkillKind.SAVOIR_FAIRE).orElse(false);
    }

    String skillLabel(String code) {
        return referential.skill(code).map(Skill::label).orElse(code);
    }

    private static void shuffle(List<String> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}

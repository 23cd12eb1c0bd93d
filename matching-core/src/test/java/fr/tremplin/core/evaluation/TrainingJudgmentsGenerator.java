package fr.tremplin.core.evaluation;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.Experience;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.Licences;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.TrainingKind;
import fr.tremplin.core.ranking.TrainingRules;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.testing.TestReferential;
import fr.tremplin.core.vacancy.VacancyStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@value TrainingEvaluation#FILE}: for the people of the judged set, the training lines an adviser finds by
 * applying docs/adviser-intelligence.md by hand to each (person, vacancy) pair of the set's 40 vacancies — the
 * rules written out again here, pair by pair, without the index. Keeps every person with a line and the first
 * {@value #WITHOUT_LINES} without one. Run {@code main} (or {@link TrainingEvaluationTest} with
 * {@code -Dtremplin.regenerateJudgedSet=true}) to rewrite the file.
 */
final class TrainingJudgmentsGenerator {

    static final int WITHOUT_LINES = 60;

    private final Referential referential;
    private final MatchPolicy policy = MatchPolicy.defaults();

    TrainingJudgmentsGenerator(Referential referential) {
        this.referential = referential;
    }

    public static void main(String[] args) throws IOException {
        TrainingJudgmentsGenerator generator = new TrainingJudgmentsGenerator(TestReferential.get());
        Files.writeString(JudgedSetGenerator.RESOURCE_DIRECTORY.resolve(TrainingEvaluation.FILE),
                generator.csv(JudgedSetFiles.load()), StandardCharsets.UTF_8);
    }

    String csv(JudgedSet set) {
        StringBuilder out = new StringBuilder("person,kind,code,unlocked\n");
        int without = 0;
        for (SeekerIndexView person : set.people()) {
            Map<String, Integer> lines = lines(person, set);
            if (lines.isEmpty()) {
                if (without++ < WITHOUT_LINES) {
                    out.append(person.id()).append(",,,0\n");
                }
                continue;
            }
            lines.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> {
                        String[] kindAndCode = e.getKey().split(":", 2);
                        out.append(person.id()).append(',').append(kindAndCode[0]).append(',').append(kindAndCode[1])
                                .append(',').append(e.getValue()).append('\n');
                    });
        }
        return out.toString();
    }

    /** "KIND:code" → vacancies unlocked. */
    Map<String, Integer> lines(SeekerIndexView person, JudgedSet set) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (JudgedQuery query : set.queries()) {
            String item = onlyMissing(person, query.vacancy(), set.referenceDate());
            if (item != null) {
                lines.merge(item, 1, Integer::sum);
            }
        }
        return lines;
    }

    /** The one required item the person misses for the vacancy, as "KIND:code", or null. */
    private String onlyMissing(SeekerIndexView p, VacancyIndexView v, LocalDate today) {
        if (v.status() != VacancyStatus.OPEN || v.positions() < 1) {
            return null;
        }
        double limit = v.maxDistanceKm() > 0 ? Math.min(p.radiusKm(), v.maxDistanceKm()) : p.radiusKm();
        if (referential.distanceKm(p.communeInsee(), v.communeInsee()) > limit) {
            return null;
        }
        LocalDate start = v.startDate().isBefore(today) ? today : v.startDate();
        if (p.availableFrom().minusDays(policy.availabilityGraceDays()).isAfter(start)) {
            return null;
        }
        if (!p.programmes().containsAll(needs(v))) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (String licence : v.requiredLicences()) {
            if (Licences.satisfying(licence).stream().noneMatch(p.licences()::contains)) {
                missing.add(TrainingRules.licenceKind(licence) + ":" + licence);
            }
        }
        for (String skill : v.requiredSkills()) {
            if (!p.skills().contains(skill)) {
                missing.add(referential.skill(skill).map(TrainingRules::kindOf).orElse(TrainingKind.SKILL) + ":" + skill);
            }
        }
        if (missing.size() != 1) {
            return null;
        }
        String item = missing.getFirst();
        String code = item.substring(item.indexOf(':') + 1);
        boolean specificItem = v.requiredSkills().contains(code) && specific(code);
        return related(p, v.occupationCode()) || sharesSpecificSkill(p, v) || specificItem ? item : null;
    }

    /** The programmes a contract needs (docs/ranking.md), written out again. */
    private static Set<Programme> needs(VacancyIndexView v) {
        Set<Programme> needs = EnumSet.noneOf(Programme.class);
        switch (v.contractType()) {
            case PEC -> needs.add(Programme.PEC);
            case IAE -> needs.add(Programme.IAE);
            case APPRENTICESHIP -> needs.add(Programme.APPRENTICESHIP);
            case PROFESSIONALISATION -> {
                if (v.employerKind() == EmployerKind.EMPLOYER_GROUP) {
                    needs.add(Programme.GEIQ);
                }
            }
            default -> { }
        }
        if (v.insertionClause()) {
            needs.add(Programme.INSERTION_CLAUSE);
        }
        return needs;
    }

    /** Targeted or held, a ROME mobility from one of them (or a close one to one of them), or the same domain. */
    private boolean related(SeekerIndexView p, String occupation) {
        Set<String> held = new HashSet<>(p.targetOccupations());
        p.experiences().stream().map(Experience::occupationCode).forEach(held::add);
        for (String h : held) {
            if (h.equals(occupation)
                    || referential.mobilitiesFrom(h).stream().anyMatch(m -> m.targetCode().equals(occupation))
                    || referential.mobilitiesTo(h).stream().anyMatch(m -> m.kind() == MobilityKind.CLOSE
                    && m.sourceCode().equals(occupation))) {
                return true;
            }
            String domain = referential.occupation(h).map(Occupation::domainCode).orElse("?");
            if (referential.occupation(occupation).map(o -> o.domainCode().equals(domain)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private boolean sharesSpecificSkill(SeekerIndexView p, VacancyIndexView v) {
        return p.skills().stream().anyMatch(s -> specific(s)
                && (v.requiredSkills().contains(s) || v.niceSkills().contains(s)));
    }

    private boolean specific(String skill) {
        return referential.occupationCountOf(skill) <= policy.commonSkillOccupations();
    }

}

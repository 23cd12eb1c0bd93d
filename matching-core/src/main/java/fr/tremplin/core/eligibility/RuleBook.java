package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static fr.tremplin.core.eligibility.FrenchWording.membership;
import static fr.tremplin.core.eligibility.FrenchWording.reason;
import static fr.tremplin.core.seeker.Programme.APPRENTICESHIP;
import static fr.tremplin.core.seeker.Programme.GEIQ;
import static fr.tremplin.core.seeker.Programme.IAE;
import static fr.tremplin.core.seeker.Programme.INSERTION_CLAUSE;
import static fr.tremplin.core.seeker.Programme.PEC;

/** Turns the settings into the ordered list of rules; docs/eligibility.md describes each one. */
final class RuleBook {

    private final EligibilitySettings settings;
    private final List<EligibilityRule> rules = new ArrayList<>();

    private RuleBook(EligibilitySettings settings) {
        this.settings = settings;
    }

    static List<EligibilityRule> rules(EligibilitySettings settings) {
        return new RuleBook(settings).build();
    }

    private List<EligibilityRule> build() {
        EligibilitySettings s = settings;
        publicRules(PEC, s.pecPublics(), s.minimumWorkingAge());
        add("PEC_YOUTH_WITH_DIFFICULTIES", PEC, s.minimumWorkingAge(), this::isPriorityYouth,
                in -> "Jeune de " + in.age() + " ans (moins de " + s.youthAgeLimit()
                        + " ans) suivi comme public prioritaire");

        publicRules(IAE, s.iaePublics(), s.minimumWorkingAge());

        add("APPRENTICESHIP_AGE", APPRENTICESHIP, s.apprenticeshipMinAge(), in -> in.age() <= s.apprenticeshipMaxAge(),
                in -> in.age() + " ans, entre " + s.apprenticeshipMinAge() + " et " + s.apprenticeshipMaxAge() + " ans");
        if (s.apprenticeshipRqthWithoutAgeLimit()) {
            add("APPRENTICESHIP_RQTH", APPRENTICESHIP, s.apprenticeshipMinAge(), in -> in.has(Public.RQTH),
                    in -> "Travailleur handicapé reconnu (RQTH), sans limite d'âge");
        }
        if (s.departementRsaApprenticeship()) {
            add("APPRENTICESHIP_RSA_DEPARTEMENT", APPRENTICESHIP, s.departementRsaApprenticeshipMinAge(),
                    in -> in.has(Public.RSA),
                    in -> "Bénéficiaire du RSA de " + in.age() + " ans (" + s.departementRsaApprenticeshipMinAge()
                            + " ans ou plus), apprentissage des bénéficiaires du RSA de plus de 26 ans financé par le Département");
        }

        publicRules(GEIQ, s.geiqPublics(), s.geiqMinAge());
        add("GEIQ_YOUTH_WITHOUT_QUALIFICATION", GEIQ, s.geiqMinAge(), this::isPriorityYouth,
                in -> "Jeune de " + in.age() + " ans (moins de " + s.youthAgeLimit()
                        + " ans) suivi comme public prioritaire, sans qualification");
        add("GEIQ_JOB_SEEKER_26_PLUS", GEIQ, s.geiqMinAge(), in -> in.age() >= s.youthAgeLimit(),
                in -> "Demandeur d'emploi de " + in.age() + " ans (" + s.youthAgeLimit() + " ans ou plus)");

        publicRules(INSERTION_CLAUSE, s.insertionClausePublics(), s.minimumWorkingAge());
        return List.copyOf(rules);
    }

    /** One rule per public of the set, in {@link Public} order, with id PROGRAMME_PUBLIC (e.g. IAE_RQTH). */
    private void publicRules(Programme programme, Set<Public> publics, int minAge) {
        for (Public publicGroup : Public.values()) {
            if (publics.contains(publicGroup)) {
                add(programme.name() + "_" + publicGroup.name(), programme, minAge,
                        in -> belongs(in, publicGroup), in -> membership(publicGroup, in, settings));
            }
        }
    }

    /** Recorded publics count as recorded; the two age publics are decided by the birth date alone. */
    private boolean belongs(EligibilityInput in, Public publicGroup) {
        return switch (publicGroup) {
            case YOUTH_UNDER_26 -> in.age() < settings.youthAgeLimit();
            case SENIOR_50_PLUS -> in.age() >= settings.seniorAge();
            default -> in.has(publicGroup);
        };
    }

    /** Under the youth age limit and recorded by the adviser as priority youth (difficulties, no qualification). */
    private boolean isPriorityYouth(EligibilityInput in) {
        return in.age() < settings.youthAgeLimit() && in.has(Public.YOUTH_UNDER_26);
    }

    private void add(String id, Programme programme, int minAge, Predicate<EligibilityInput> condition,
                     Function<EligibilityInput, String> why) {
        rules.add(new EligibilityRule(id, programme, in -> in.age() >= minAge && condition.test(in),
                in -> reason(why.apply(in), programme)));
    }
}

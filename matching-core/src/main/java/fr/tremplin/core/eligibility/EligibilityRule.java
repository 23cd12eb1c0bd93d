package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Programme;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One rule: when {@code condition} holds, the person can enter {@code programme}.
 *
 * @param id        stable id shown to advisers and stored with decisions, e.g. "PEC_RSA"
 * @param programme the programme it opens
 * @param condition the whole condition, minimum age included
 * @param reason    the rule applied to the person, in plain French
 */
record EligibilityRule(String id, Programme programme, Predicate<EligibilityInput> condition,
                       Function<EligibilityInput, String> reason) {

    Optional<Eligibility> evaluate(EligibilityInput input) {
        return condition.test(input) ? Optional.of(new Eligibility(programme, id, reason.apply(input))) : Optional.empty();
    }
}

package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.SeekerStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which programmes a person can enter, and by which rule. Only ACTIVE and PAUSED people are
 * eligible; a PLACED or EXITED person gets nothing. For each programme, in {@link Programme} order, the
 * first rule that grants it is returned. The rules and their ids are listed in docs/eligibility.md.
 * Immutable and thread-safe.
 */
public final class EligibilityRules {

    private final EligibilitySettings settings;
    private final List<EligibilityRule> rules;

    public EligibilityRules(EligibilitySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = RuleBook.rules(settings);
    }

    /** The rules with the département's default settings. */
    public static EligibilityRules defaults() {
        return new EligibilityRules(EligibilitySettings.defaults());
    }

    /** One eligibility per programme the person can enter, in programme order; empty when none. */
    public List<Eligibility> evaluate(EligibilityInput in) {
        Objects.requireNonNull(in, "in");
        if (in.status() != SeekerStatus.ACTIVE && in.status() != SeekerStatus.PAUSED) {
            return List.of();
        }
        List<Eligibility> result = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            firstGranting(programme, in).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    /** The ids of the active rules, in evaluation order. */
    public List<String> ruleIds() {
        return rules.stream().map(EligibilityRule::id).toList();
    }

    public EligibilitySettings settings() {
        return settings;
    }

    private Optional<Eligibility> firstGranting(Programme programme, EligibilityInput in) {
        for (EligibilityRule rule : rules) {
            if (rule.programme() == programme) {
                Optional<Eligibility> granted = rule.evaluate(in);
                if (granted.isPresent()) {
                    return granted;
                }
            }
        }
        return Optional.empty();
    }
}

package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Programme;

/**
 * A programme a person can enter, with the rule that grants it.
 *
 * @param programme the programme
 * @param rule      stable rule id, e.g. "PEC_RSA"
 * @param reason    the rule in plain French, e.g. "Bénéficiaire du RSA : éligible au PEC"
 */
public record Eligibility(Programme programme, String rule, String reason) {}

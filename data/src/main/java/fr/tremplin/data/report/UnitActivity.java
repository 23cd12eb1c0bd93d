package fr.tremplin.data.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The activity of one employment unit (or of the département) over a period.
 *
 * @param seekersCoached     people of the unit on file during the period (created before its end, not gone before its start)
 * @param openVacancies      vacancies OPEN now and published before the end of the period, in the unit's territory
 *                           (the unit nearest to the workplace)
 * @param vacanciesWorked    vacancies for which the unit built a shortlist during the period
 * @param shortlistsSent     shortlists the unit sent during the period
 * @param candidatesProposed people proposed on those shortlists
 * @param employerAnswers    proposals the employer answered (interview, hire or refusal)
 * @param answerRate         answers / proposals not taken back before an answer (0–1), null without proposals
 * @param averageAnswerDays  mean delay from sending to the employer's first answer, in days
 * @param interviews         interviews asked for during the period
 * @param hires              placements recorded during the period, of people of the unit
 * @param hiresByContractType those placements by contract type (every type listed)
 * @param averageDaysToFill  mean days from the publication of the vacancy to the hire
 * @param insertionHours     insertion-clause hours worked in the months of the period by people of the unit
 */
@Serdeable
public record UnitActivity(
        String unit,
        String unitName,
        long seekersCoached,
        long openVacancies,
        long vacanciesWorked,
        long shortlistsSent,
        long candidatesProposed,
        long employerAnswers,
        @Nullable Double answerRate,
        @Nullable Double averageAnswerDays,
        long interviews,
        long hires,
        Map<String, Long> hiresByContractType,
        @Nullable Double averageDaysToFill,
        BigDecimal insertionHours) {
}

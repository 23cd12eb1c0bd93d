package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.vacancy.ContractType;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * An employer's answer about one person: INTERVIEW, HIRED or DECLINED. A DECLINED answer carries a reason
 * of the DECLINE list; a HIRED answer the terms of the contract, each defaulting to the vacancy's
 * (contract type, weekly hours, start date) except the end date of a fixed-term contract.
 */
public record Answer(CandidateStatus outcome, @Nullable String reason, @Nullable String comment,
                     @Nullable ContractType contractType, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                     @Nullable Integer hoursPerWeek) {

    public static Answer of(CandidateStatus outcome, @Nullable String reason) {
        return new Answer(outcome, reason, null, null, null, null, null);
    }
}

package fr.tremplin.data.insertion;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Hours to record for one person, one contract, one month.
 *
 * @param employerScope for an employer user: its employer, whose own hires only it may declare hours for
 */
public record HoursEntry(String contractRef, String jobSeekerId, BigDecimal hours, YearMonth month,
                         String recordedBy, @Nullable String employerScope) {
}

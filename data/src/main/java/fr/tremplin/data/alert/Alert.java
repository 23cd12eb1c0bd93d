package fr.tremplin.data.alert;

import fr.tremplin.core.alert.AlertKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One alert of an adviser's unit ({@code GET /api/v1/alerts}).
 *
 * @param kind        NO_PROPOSAL, NEW_MATCH, SILENT_EMPLOYER or CONSENT_EXPIRING
 * @param jobSeekerId the person concerned (absent for SILENT_EMPLOYER)
 * @param vacancyId   the vacancy concerned (NEW_MATCH, SILENT_EMPLOYER)
 * @param since       since when: start of the waiting, the match, the reminder, the day the renewal is due
 * @param detail      the alert in one French sentence
 * @param unit        the employment unit the alert belongs to (the person's, or the shortlist's)
 */
@Serdeable
public record Alert(AlertKind kind, @Nullable String jobSeekerId, @Nullable String vacancyId, Instant since,
                    String detail, String unit) {
}

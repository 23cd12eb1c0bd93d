package fr.tremplin.data.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code tremplin.privacy.*}: how long a person's file is kept.
 *
 * @param retentionMonths {@code tremplin.privacy.retention-months} (int 1–120, default 24): a person without any
 *                        activity (change of the file, proposal) for this long, EXITED people included, is
 *                        anonymised (erased in depth) by the retention job
 * @param noticeDays      {@code tremplin.privacy.notice-days} (int 0–365, default 30): how long before, the people due
 *                        are listed for their unit's manager ({@code GET /api/v1/retention})
 * The job itself: {@code tremplin.privacy.retention-enabled} (default true), {@code tremplin.privacy.retention-every}
 * (duration, default 6h), {@code tremplin.privacy.retention-initial-delay} (duration, default 10m).
 */
@ConfigurationProperties("tremplin.privacy")
public record RetentionSettings(
        @Bindable(defaultValue = "24") int retentionMonths,
        @Bindable(defaultValue = "30") int noticeDays) {

    public RetentionSettings {
        if (retentionMonths < 1 || retentionMonths > 120) {
            throw new IllegalArgumentException("tremplin.privacy.retention-months must be between 1 and 120, not "
                    + retentionMonths);
        }
        if (noticeDays < 0 || noticeDays > 365) {
            throw new IllegalArgumentException("tremplin.privacy.notice-days must be between 0 and 365, not " + noticeDays);
        }
    }
}

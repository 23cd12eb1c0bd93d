package fr.tremplin.data.alert;

import fr.tremplin.core.alert.ConsentExpiry;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code tremplin.alerts.*}: the advisers' alerts ({@code GET /api/v1/alerts}, page « Alertes »).
 *
 * @param noProposalMonths      {@code tremplin.alerts.no-proposal-months} (int 1–60, default 3): an active, consenting
 *                              person without a proposal (sent shortlist) for this many months, or never proposed since
 *                              their record was created this long ago, is listed (NO_PROPOSAL), longest waiting first
 * @param newMatchTop           {@code tremplin.alerts.new-match-top} (int 1–20, default 5): a new vacancy that ranks one of
 *                              the unit's people within this many first candidates makes a NEW_MATCH alert
 * @param newMatchMaxAgeDays    {@code tremplin.alerts.new-match-max-age-days} (int 1–90, default 7): a vacancy counts as new
 *                              when it is indexed within this many days of its creation (later changes add no alert)
 * @param newMatchShowDays      {@code tremplin.alerts.new-match-show-days} (int 1–365, default 30): how long a NEW_MATCH
 *                              alert stays listed (while the vacancy is open and the person not proposed for it)
 * @param consentValidityMonths {@code tremplin.alerts.consent-validity-months} (int 1–120, default 12): how long a consent
 *                              to share the profile is valid from the day it was given
 * @param consentNoticeDays     {@code tremplin.alerts.consent-notice-days} (int 0–365, default 30): how many days before
 *                              the end of that validity the CONSENT_EXPIRING alert starts
 * @param digestEnabled         {@code tremplin.alerts.digest-enabled} (boolean, default false): a daily e-mail to each active
 *                              adviser with an address, counting their unit's alerts by kind (no names), at most one per
 *                              adviser and day ({@link AlertDigestJob})
 * @param digestHour            {@code tremplin.alerts.digest-hour} (int 0–23, default 7): not before this hour (Paris)
 * The job itself checks every {@code tremplin.alerts.digest-every} (duration, default 1h), after
 * {@code tremplin.alerts.digest-initial-delay} (duration, default 10m).
 */
@ConfigurationProperties("tremplin.alerts")
public record AlertSettings(
        @Bindable(defaultValue = "3") int noProposalMonths,
        @Bindable(defaultValue = "5") int newMatchTop,
        @Bindable(defaultValue = "7") int newMatchMaxAgeDays,
        @Bindable(defaultValue = "30") int newMatchShowDays,
        @Bindable(defaultValue = "12") int consentValidityMonths,
        @Bindable(defaultValue = "30") int consentNoticeDays,
        @Bindable(defaultValue = "false") boolean digestEnabled,
        @Bindable(defaultValue = "7") int digestHour) {

    public AlertSettings {
        range("no-proposal-months", noProposalMonths, 1, 60);
        range("new-match-top", newMatchTop, 1, 20);
        range("new-match-max-age-days", newMatchMaxAgeDays, 1, 90);
        range("new-match-show-days", newMatchShowDays, 1, 365);
        range("consent-validity-months", consentValidityMonths, 1, 120);
        range("consent-notice-days", consentNoticeDays, 0, 365);
        range("digest-hour", digestHour, 0, 23);
        if (consentNoticeDays >= consentValidityMonths * 28) {
            throw new IllegalArgumentException("tremplin.alerts.consent-notice-days (" + consentNoticeDays
                    + ") must be shorter than tremplin.alerts.consent-validity-months (" + consentValidityMonths + ")");
        }
    }

    public ConsentExpiry consentExpiry() {
        return new ConsentExpiry(consentValidityMonths, consentNoticeDays);
    }

    private static void range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("tremplin.alerts." + key + " must be between " + min + " and " + max
                    + ", not " + value);
        }
    }
}

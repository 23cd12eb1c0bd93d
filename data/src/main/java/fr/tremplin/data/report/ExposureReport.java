package fr.tremplin.data.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Fair exposure over a period: per employment unit (and the département when every unit is shown), the share of
 * proposals each group received against its share of the caseload ({@code GET /api/v1/reports/exposure}).
 *
 * @param from        first day of the period
 * @param to          last day of the period
 * @param unit        the unit asked for, null for every unit
 * @param units       one entry per unit
 * @param departement every unit together, null when the report is restricted to one unit
 */
@Serdeable
public record ExposureReport(LocalDate from, LocalDate to, @Nullable String unit, List<UnitExposure> units,
                             @Nullable UnitExposure departement) {

    /**
     * @param unit      unit code, or {@value ActivityReport#DEPARTEMENT}
     * @param unitName  its name
     * @param people    people of the caseload: active at the end of the period, or proposed during it
     * @param proposals proposals sent during the period (one per person and sent shortlist)
     * @param groups    one line per public (a person may count in several), « aucun public prioritaire », and per
     *                  band of waiting time
     */
    @Serdeable
    public record UnitExposure(String unit, String unitName, long people, long proposals, List<GroupExposure> groups) {
    }

    /**
     * @param dimension     PUBLIC or WAITING
     * @param group         a public's code, NONE, or a waiting band (UNDER_3_MONTHS...)
     * @param label         its French label
     * @param people        people of the group
     * @param proposals     proposals of the group
     * @param peopleShare   people / the unit's people (0–1)
     * @param proposalShare proposals / the unit's proposals (0–1)
     * @param ratio         proposalShare / peopleShare: 1 = in proportion, below 1 = less exposed
     */
    @Serdeable
    public record GroupExposure(String dimension, String group, String label, long people, long proposals,
                                @Nullable Double peopleShare, @Nullable Double proposalShare, @Nullable Double ratio) {
    }
}

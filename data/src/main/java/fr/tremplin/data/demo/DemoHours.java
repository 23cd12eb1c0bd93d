package fr.tremplin.data.demo;

import fr.tremplin.data.insertion.InsertionHours;
import fr.tremplin.data.placement.Placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Monthly insertion hours of the demo placements under a clause: every complete month from the start of
 * the contract (or of the placement) to the end of either, at the weekly hours of the placement, a little
 * less in some months (absences), prorated in the first and last months; recorded early the next month.
 */
final class DemoHours {
    private static final double WEEKS_PER_MONTH = 52d / 12;

    private DemoHours() {
    }

    static List<InsertionHours> of(List<Placement> placements, Map<String, DemoContracts.Shell> shells,
                                   Map<String, String> contractIds, long seed, LocalDate today, ZoneId zone,
                                   Instant now) {
        List<InsertionHours> hours = new ArrayList<>();
        YearMonth lastComplete = YearMonth.from(today).minusMonths(1);
        int index = 0;
        for (Placement p : placements) {
            DemoContracts.Shell contract = shells.get(p.insertionContractRef());
            SplittableRandom r = DemoRandom.of(seed, "hours", index);
            LocalDate from = p.startDate().isAfter(contract.start()) ? p.startDate() : contract.start();
            LocalDate to = p.endDate() == null || p.endDate().isAfter(contract.end()) ? contract.end() : p.endDate();
            for (YearMonth m = YearMonth.from(from); !m.isAfter(lastComplete) && !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
                LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
                LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
                double share = (double) (last.getDayOfMonth() - first.getDayOfMonth() + 1) / m.lengthOfMonth();
                double worked = p.hoursPerWeek() * WEEKS_PER_MONTH * share * (DemoRandom.chance(r, 0.7) ? 1
                        : 0.75 + 0.25 * r.nextDouble());
                BigDecimal value = BigDecimal.valueOf(Math.round(worked * 2) / 2d).setScale(2, RoundingMode.HALF_UP);
                if (value.signum() > 0) {
                    Instant recorded = m.plusMonths(1).atDay(DemoRandom.between(r, 2, 8)).atTime(9, 30)
                            .atZone(zone).toInstant();
                    hours.add(new InsertionHours(ShortlistStory.uuid("insertion-hours", index++),
                            contractIds.get(contract.ref()), p.jobSeekerId(), p.id(), m.atDay(1), value,
                            p.hiredBy(), recorded.isAfter(now) ? now : recorded, 0L));
                }
            }
            index++;
        }
        return hours;
    }
}

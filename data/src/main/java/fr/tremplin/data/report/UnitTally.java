package fr.tremplin.data.report;

import fr.tremplin.core.vacancy.ContractType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counters of one unit while the activity report is computed; averages keep their sum and count. */
final class UnitTally {
    long seekersCoached;
    long openVacancies;
    long vacanciesWorked;
    long shortlistsSent;
    long proposed;
    long answered;
    long dropped;
    double answerSeconds;
    long interviews;
    final Map<String, Long> hiresByType = new LinkedHashMap<>();
    long daysToFillSum;
    long daysToFillCount;
    BigDecimal insertionHours = BigDecimal.ZERO;

    UnitTally() {
        for (ContractType type : ContractType.values()) {
            hiresByType.put(type.name(), 0L);
        }
    }

    void add(UnitTally o) {
        seekersCoached += o.seekersCoached;
        openVacancies += o.openVacancies;
        vacanciesWorked += o.vacanciesWorked;
        shortlistsSent += o.shortlistsSent;
        proposed += o.proposed;
        answered += o.answered;
        dropped += o.dropped;
        answerSeconds += o.answerSeconds;
        interviews += o.interviews;
        o.hiresByType.forEach((type, n) -> hiresByType.merge(type, n, Long::sum));
        daysToFillSum += o.daysToFillSum;
        daysToFillCount += o.daysToFillCount;
        insertionHours = insertionHours.add(o.insertionHours);
    }

    UnitActivity toActivity(String unit, String name) {
        long hires = hiresByType.values().stream().mapToLong(Long::longValue).sum();
        long answerable = proposed - dropped;
        return new UnitActivity(unit, name, seekersCoached, openVacancies, vacanciesWorked, shortlistsSent, proposed,
                answered, answerable <= 0 ? null : round((double) answered / answerable, 3),
                answered == 0 ? null : round(answerSeconds / answered / 86_400d, 1), interviews, hires,
                new LinkedHashMap<>(hiresByType),
                daysToFillCount == 0 ? null : round((double) daysToFillSum / daysToFillCount, 1),
                insertionHours.setScale(2, RoundingMode.HALF_UP));
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}

package fr.tremplin.data.report;

import fr.tremplin.data.common.CodeListConverter;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerRepository;
import fr.tremplin.data.insertion.PublicContract;
import fr.tremplin.data.insertion.PublicContractRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The insertion-clause report of a year: hours per contract and public, share of RSA recipients, progress. */
@Singleton
public class InsertionReportService {
    private static final CodeListConverter CODES = new CodeListConverter();

    private final JdbcOperations jdbc;
    private final PublicContractRepository contracts;
    private final EmployerRepository employers;

    public InsertionReportService(JdbcOperations jdbc, PublicContractRepository contracts, EmployerRepository employers) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.employers = employers;
    }

    /** @param unit only the hours of people of this unit, or null for all */
    @ReadOnly
    public InsertionReport year(int year, @Nullable String unit) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, HoursTally> byContract = new LinkedHashMap<>();
        HoursTally total = new HoursTally();
        jdbc.prepareStatement("""
                SELECT h.public_contract_id, h.job_seeker_id, h.work_month, h.hours, p.publics
                FROM insertion_hours h JOIN placement p ON p.id = h.placement_id
                WHERE h.work_month <= ? AND (? IS NULL OR p.employment_unit_code = ?)""", statement -> {
            ActivityReportService.bind(statement, last, unit, unit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    boolean inYear = !rs.getObject(3, LocalDate.class).isBefore(first);
                    BigDecimal hours = rs.getBigDecimal(4);
                    List<String> publics = CODES.convertToEntityValue(rs.getString(5), ConversionContext.DEFAULT);
                    byContract.computeIfAbsent(rs.getString(1), id -> new HoursTally())
                            .add(hours, inYear, rs.getString(2), publics);
                    total.add(hours, inYear, rs.getString(2), publics);
                }
            }
            return null;
        });
        Map<String, PublicContract> shown = new LinkedHashMap<>();
        contracts.findRunningBetween(first, last).forEach(c -> shown.put(c.id(), c));
        byContract.forEach((id, tally) -> {
            if (tally.inYear.signum() > 0 && !shown.containsKey(id)) {
                contracts.findById(id).ifPresent(c -> shown.put(id, c));
            }
        });
        List<ContractHours> rows = new ArrayList<>();
        Map<String, String> buyerNames = new LinkedHashMap<>();
        for (PublicContract c : shown.values().stream().sorted(Comparator.comparing(PublicContract::ref)).toList()) {
            HoursTally tally = byContract.getOrDefault(c.id(), new HoursTally());
            String buyer = buyerNames.computeIfAbsent(c.buyerId(),
                    id -> employers.findById(id).map(Employer::name).orElse(id));
            rows.add(new ContractHours(c.id(), c.ref(), c.buyerId(), buyer, c.title(), c.hoursTarget(), c.startDate(),
                    c.endDate(), HoursTally.scaled(tally.inYear), HoursTally.scaled(tally.toDate),
                    tally.toDate.divide(BigDecimal.valueOf(c.hoursTarget()), 3, RoundingMode.HALF_UP).doubleValue(),
                    tally.people.size(), tally.byPublic(), tally.rsaShare()));
        }
        int target = rows.stream().mapToInt(ContractHours::hoursTarget).sum();
        BigDecimal toDate = rows.stream().map(ContractHours::hoursToDate).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InsertionReport(year, unit, rows, new InsertionReport.Totals(target, HoursTally.scaled(total.inYear),
                HoursTally.scaled(toDate), total.people.size(), total.byPublic(), total.rsaShare()));
    }
}

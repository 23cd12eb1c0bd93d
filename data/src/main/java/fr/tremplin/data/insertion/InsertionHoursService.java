package fr.tremplin.data.insertion;

import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.placement.Placement;
import fr.tremplin.data.placement.PlacementRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The insertion-clause ledger: hours per person, contract and month, each linked to the placement under
 * which the person worked that month (the placement whose vacancy carries the contract's clause first,
 * else any placement of the person running that month). Recording a month again corrects it.
 */
@Singleton
public class InsertionHoursService {
    /** More than any legal month of work (48 h × 31 / 7 ≈ 212 h). */
    public static final BigDecimal MAX_MONTHLY_HOURS = new BigDecimal("220");

    private final InsertionHoursRepository ledger;
    private final PublicContractRepository contracts;
    private final PlacementRepository placements;
    private final Clock clock;

    public InsertionHoursService(InsertionHoursRepository ledger, PublicContractRepository contracts,
                                 PlacementRepository placements, Clock clock) {
        this.ledger = ledger;
        this.contracts = contracts;
        this.placements = placements;
        this.clock = clock;
    }

    /** @throws InvalidDataException unknown contract, month outside its period or in the future, no placement (422) */
    @Transactional
    public RecordedHours record(HoursEntry entry) {
        PublicContract contract = contracts.findByRef(entry.contractRef().strip()).orElseThrow(() ->
                new InvalidDataException("contractRef", "marché inconnu : " + entry.contractRef()
                        + " (enregistrez-le d'abord : POST /api/v1/public-contracts)"));
        LocalDate first = entry.month().atDay(1);
        LocalDate last = entry.month().atEndOfMonth();
        if (last.isBefore(contract.startDate()) || first.isAfter(contract.endDate())) {
            throw new InvalidDataException("month", "le mois " + entry.month() + " est hors de la période du marché ("
                    + contract.startDate() + " – " + contract.endDate() + ")");
        }
        if (entry.month().isAfter(YearMonth.now(clock))) {
            throw new InvalidDataException("month", "le mois " + entry.month() + " n'a pas encore commencé");
        }
        if (entry.hours().signum() <= 0 || entry.hours().compareTo(MAX_MONTHLY_HOURS) > 0) {
            throw new InvalidDataException("hours", "doit être compris entre 0 (exclu) et " + MAX_MONTHLY_HOURS + " heures");
        }
        Placement placement = placementFor(entry, contract, first, last).orElseThrow(() ->
                new InvalidDataException("jobSeekerId", "aucun recrutement enregistré de cette personne ne couvre le mois "
                        + entry.month()));
        Instant now = clock.instant();
        Optional<InsertionHours> existing = ledger.findByPublicContractIdAndJobSeekerIdAndWorkMonth(contract.id(),
                entry.jobSeekerId(), first);
        if (existing.isPresent()) {
            InsertionHours e = existing.get();
            return new RecordedHours(ledger.update(new InsertionHours(e.id(), e.publicContractId(), e.jobSeekerId(),
                    placement.id(), first, entry.hours(), entry.recordedBy(), now, e.version())), contract, false);
        }
        return new RecordedHours(ledger.save(new InsertionHours(Ids.newId(), contract.id(), entry.jobSeekerId(),
                placement.id(), first, entry.hours(), entry.recordedBy(), now, 0L)), contract, true);
    }

    @ReadOnly
    public Page<InsertionHours> list(@Nullable String contractId, @Nullable String jobSeeker, @Nullable String employer,
                                     @Nullable String unit, @Nullable Integer year, Pageable pageable) {
        LocalDate first = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate last = year == null ? null : LocalDate.of(year, 12, 1);
        return ledger.search(contractId, jobSeeker, employer, unit, first, last, pageable);
    }

    private Optional<Placement> placementFor(HoursEntry entry, PublicContract contract, LocalDate first, LocalDate last) {
        List<Placement> running = placements.findByJobSeekerIdOrderByStartDateDesc(entry.jobSeekerId()).stream()
                .filter(p -> p.covers(first, last))
                .filter(p -> entry.employerScope() == null || entry.employerScope().equals(p.employerId()))
                .toList();
        return running.stream().min(Comparator.comparing(p -> !contract.ref().equals(p.insertionContractRef())));
    }
}

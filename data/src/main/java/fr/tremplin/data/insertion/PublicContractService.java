package fr.tremplin.data.insertion;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DuplicateKeys;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import fr.tremplin.core.wording.FrenchLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The register of public contracts with an insertion clause. */
@Singleton
public class PublicContractService {
    public static final String RESOURCE = "Le marché public";

    private final PublicContractRepository contracts;
    private final InsertionHoursRepository hours;
    private final EmployerRepository employers;
    private final Clock clock;

    public PublicContractService(PublicContractRepository contracts, InsertionHoursRepository hours,
                                 EmployerRepository employers, Clock clock) {
        this.contracts = contracts;
        this.hours = hours;
        this.employers = employers;
        this.clock = clock;
    }

    /**
     * @throws InvalidDataException the buyer is unknown or not a public buyer, or the period is reversed (422)
     * @throws ConflictException    the reference is already registered (409)
     */
    @Transactional
    public PublicContract create(NewPublicContract draft, String createdBy) {
        String ref = draft.ref().strip();
        List<FieldError> errors = new ArrayList<>();
        Optional<Employer> buyer = employers.findById(draft.buyerId());
        if (buyer.isEmpty()) {
            errors.add(new FieldError("buyerId", "acheteur inconnu : " + draft.buyerId()));
        } else if (buyer.get().kind() != EmployerKind.PUBLIC_BUYER) {
            errors.add(new FieldError("buyerId", buyer.get().name() + " n'est pas un acheteur public (type : "
                    + FrenchLabels.employerKind(buyer.get().kind()) + ")"));
        }
        if (draft.endDate().isBefore(draft.startDate())) {
            errors.add(new FieldError("endDate", "doit être postérieure ou égale à la date de début " + draft.startDate()));
        }
        if (draft.hoursTarget() < 1) {
            errors.add(new FieldError("hoursTarget", "doit être positif"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        if (contracts.findByRef(ref).isPresent()) {
            throw duplicate(ref);
        }
        try {
            return contracts.save(new PublicContract(Ids.newId(), ref, draft.buyerId(), draft.title().strip(),
                    draft.hoursTarget(), draft.startDate(), draft.endDate(), createdBy, clock.instant(), 0L));
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw duplicate(ref);
            }
            throw e;
        }
    }

    @ReadOnly
    public PublicContract get(String id) {
        return contracts.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @ReadOnly
    public Optional<PublicContract> byRef(String ref) {
        return contracts.findByRef(ref);
    }

    @ReadOnly
    public Page<PublicContract> list(@Nullable String buyer, @Nullable String q, Pageable pageable) {
        return contracts.search(buyer, q == null || q.isBlank() ? null : q.strip(), pageable);
    }

    /** Hours recorded on the contract so far. */
    @ReadOnly
    public BigDecimal delivered(String contractId) {
        return hours.sumOfContract(contractId);
    }

    private static ConflictException duplicate(String ref) {
        return new ConflictException("ref", "Le marché " + ref + " est déjà enregistré.");
    }
}

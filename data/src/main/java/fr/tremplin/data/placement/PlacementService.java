package fr.tremplin.data.placement;

import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.shortlist.PlacementTerms;
import fr.tremplin.core.shortlist.PublicsAtHire;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerRepository;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyRepository;
import fr.tremplin.data.vacancy.VacancyService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Hires. A hire makes the person PLACED (so that, through the outbox, the person leaves the candidate pool)
 * and takes one position off the vacancy, which becomes FILLED when no position is left open (keeping
 * {@code positions = 1}, the minimum of a vacancy row): all in the caller's transaction,
 * through {@link JobSeekerService} and {@link VacancyService} so that their outbox events are written with it.
 */
@Singleton
public class PlacementService {
    public static final String RESOURCE = "Le recrutement";

    private final PlacementRepository placements;
    private final JobSeekerRepository seekers;
    private final JobSeekerService seekerService;
    private final VacancyRepository vacancies;
    private final VacancyService vacancyService;
    private final Clock clock;

    public PlacementService(PlacementRepository placements, JobSeekerRepository seekers, JobSeekerService seekerService,
                            VacancyRepository vacancies, VacancyService vacancyService, Clock clock) {
        this.placements = placements;
        this.seekers = seekers;
        this.seekerService = seekerService;
        this.vacancies = vacancies;
        this.vacancyService = vacancyService;
        this.clock = clock;
    }

    /**
     * @throws InvalidDataException the terms break a rule (422)
     * @throws ConflictException    the person is no longer available, or the vacancy no longer open (409)
     */
    @Transactional
    public HireResult hire(String jobSeekerId, String vacancyId, @Nullable String shortlistId, PlacementTerms terms,
                           String hiredBy) {
        List<FieldError> errors = terms.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        JobSeeker seeker = seekers.findById(jobSeekerId).orElseThrow(() ->
                new ConflictException("jobSeekerId", "La personne " + jobSeekerId + " a été effacée."));
        if (seeker.status() != SeekerStatus.ACTIVE) {
            throw new ConflictException("jobSeekerId", "La personne " + jobSeekerId + " n'est plus disponible (statut "
                    + seeker.status() + ") : elle a peut-être été recrutée ailleurs.");
        }
        Vacancy vacancy = vacancies.findById(vacancyId).orElseThrow(() ->
                new ConflictException("vacancyId", "L'offre " + vacancyId + " a été supprimée."));
        if (vacancy.status() != VacancyStatus.OPEN || vacancy.positions() < 1) {
            throw new ConflictException("vacancyId", "L'offre " + vacancyId + " n'a plus de poste à pourvoir (statut "
                    + vacancy.status() + ").");
        }
        Instant now = clock.instant();
        Placement placement = placements.save(new Placement(Ids.newId(), seeker.id(), vacancy.id(), vacancy.employerId(),
                shortlistId, seeker.employmentUnit(), terms.contractType(), terms.startDate(), terms.endDate(),
                terms.hoursPerWeek(), publicsAtHire(seeker, terms.startDate()), vacancy.insertionContractRef(),
                daysToFill(vacancy, now), hiredBy, now, 0L));
        JobSeeker placed = seekerService.update(seeker.id(), seeker.version(), seeker.withStatus(SeekerStatus.PLACED));
        int remaining = vacancy.positions() - 1;
        // positions counts the positions still open while the vacancy is OPEN; the last hire makes it FILLED and
        // leaves positions at 1, since a vacancy row has at least one position (API validation, index view)
        Vacancy after = vacancyService.update(vacancy.id(), vacancy.version(), remaining == 0
                ? withPositions(vacancy, vacancy.positions(), VacancyStatus.FILLED)
                : withPositions(vacancy, remaining, VacancyStatus.OPEN));
        return new HireResult(placement, placed, after);
    }

    @ReadOnly
    public Placement get(String id) {
        return placements.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @ReadOnly
    public Page<Placement> list(PlacementFilter filter, Pageable pageable) {
        return placements.search(filter.employer(), filter.vacancy(), filter.jobSeeker(), filter.unit(),
                filter.hiredFrom(), filter.hiredBefore(), pageable);
    }

    private static List<String> publicsAtHire(JobSeeker seeker, LocalDate start) {
        List<Public> recorded = seeker.publics().stream().map(Public::valueOf).toList();
        return PublicsAtHire.of(recorded, seeker.birthDate(), start).stream().map(Enum::name).toList();
    }

    private Integer daysToFill(Vacancy vacancy, Instant now) {
        if (vacancy.createdAt() == null) {
            return null;
        }
        LocalDate published = vacancy.createdAt().atZone(clock.getZone()).toLocalDate();
        return (int) Math.max(0, ChronoUnit.DAYS.between(published, now.atZone(clock.getZone()).toLocalDate()));
    }

    private static Vacancy withPositions(Vacancy v, int positions, VacancyStatus status) {
        return new Vacancy(v.id(), v.employerId(), v.occupation(), v.title(), v.description(), v.communeInsee(),
                v.contractType(), v.hoursPerWeek(), v.startDate(), positions, v.requiredSkills(), v.niceToHaveSkills(),
                v.requiredLicences(), v.minDiplomaLevel(), v.insertionContractRef(), v.insertionHours(), status,
                v.createdAt(), v.updatedAt(), v.version());
    }
}

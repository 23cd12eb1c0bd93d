package fr.tremplin.indexer.mapping;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import java.time.Instant;
import fr.tremplin.core.eligibility.EligibilityRules;
import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.DocumentMappingException;
import fr.tremplin.core.index.SeekerDocuments;
import fr.tremplin.core.index.VacancyDocuments;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.shortlist.Pseudonyms;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.indexer.store.IndexKind;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;

import java.time.Clock;

/**
 * Database rows → Lucene documents: entity → index view (here) → document (matching-core's
 * {@link SeekerDocuments} / {@link VacancyDocuments}). A row that cannot be mapped (a code the referential
 * does not know, a value out of range) raises an {@link UnmappableRowException} naming the row and why.
 * Thread-safe.
 */
@Singleton
public class IndexDocuments {

    private final SeekerViews seekerViews;
    private final VacancyViews vacancyViews;
    private final SeekerDocuments seekerDocuments;
    private final VacancyDocuments vacancyDocuments;

    public IndexDocuments(Referential referential, EligibilityRules eligibility, Clock clock) {
        this.seekerViews = new SeekerViews(eligibility, clock);
        this.vacancyViews = new VacancyViews(clock);
        this.seekerDocuments = new SeekerDocuments(referential, clock);
        this.vacancyDocuments = new VacancyDocuments(referential, clock);
    }

    /**
     * The matching view of a person, exactly as the index sees it (the ranking queries with it).
     *
     * @param lastProposal when a shortlist holding the person was last sent, or null
     */
    public SeekerIndexView seekerView(JobSeeker seeker, Instant lastProposal) {
        try {
            return seekerViews.view(seeker, lastProposal);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnmappableRowException(IndexKind.SEEKERS, seeker.id(), e);
        }
    }

    /** The matching view of a vacancy, exactly as the index sees it (the ranking queries with it). */
    public VacancyIndexView vacancyView(Vacancy vacancy, EmployerKind employerKind) {
        try {
            return vacancyViews.view(vacancy, employerKind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnmappableRowException(IndexKind.VACANCIES, vacancy.id(), e);
        }
    }

    public Document seeker(JobSeeker seeker, Instant lastProposal) {
        try {
            return seekerDocuments.toDocument(seekerViews.view(seeker, lastProposal),
                    Pseudonyms.displayName(seeker.firstName(), seeker.lastName()));
        } catch (DocumentMappingException | IllegalArgumentException | NullPointerException e) {
            throw new UnmappableRowException(IndexKind.SEEKERS, seeker.id(), e);
        }
    }

    public Document vacancy(Vacancy vacancy, EmployerKind employerKind) {
        try {
            return vacancyDocuments.toDocument(vacancyViews.view(vacancy, employerKind));
        } catch (DocumentMappingException | IllegalArgumentException | NullPointerException e) {
            throw new UnmappableRowException(IndexKind.VACANCIES, vacancy.id(), e);
        }
    }
}

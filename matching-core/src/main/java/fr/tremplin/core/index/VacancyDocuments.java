package fr.tremplin.core.index;

import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import org.apache.lucene.document.Document;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a {@link VacancyIndexView} into a vacancy index document (fields in {@link IndexSchema.Vacancy}),
 * deriving the mobility, domain and coordinate fields from the referential. Write it with
 * {@code writer.updateDocument(IndexSchema.idTerm(view.id()), document)}. Thread-safe.
 */
public final class VacancyDocuments {

    private static final String KIND = "Vacancy";

    private final Referential referential;
    private final Clock clock;

    /** @param clock stamps {@link IndexSchema#INDEXED_AT} */
    public VacancyDocuments(Referential referential, Clock clock) {
        this.referential = Objects.requireNonNull(referential, "referential");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws DocumentMappingException when the view names a code the referential does not know */
    public Document toDocument(VacancyIndexView view) {
        CodeCheck check = new CodeCheck(referential, KIND, view.id());
        Commune commune = check.commune(view.communeInsee());
        check.occupations("occupation", List.of(view.occupationCode()));
        check.skills("required skills", view.requiredSkills());
        check.skills("nice-to-have skills", view.niceSkills());

        Document doc = new Document();
        Fields.id(doc, view.id());
        Fields.version(doc, view.version(), clock.millis());
        Fields.keyword(doc, Vacancy.STATUS, view.status().name());
        Fields.keyword(doc, Vacancy.EMPLOYER_ID, view.employerId());
        Fields.keyword(doc, Vacancy.EMPLOYER_KIND, view.employerKind().name());
        occupation(doc, view.occupationCode());
        Fields.keyword(doc, Vacancy.COMMUNE, commune.insee());
        Fields.location(doc, Vacancy.WORKPLACE, Optional.ofNullable(view.workplace())
                .orElseGet(() -> new GeoPoint(commune.lat(), commune.lon())));
        Fields.keyword(doc, Vacancy.CONTRACT_TYPE, view.contractType().name());
        Fields.integer(doc, Vacancy.WEEKLY_HOURS, view.weeklyHours());
        Fields.date(doc, Vacancy.START_DATE, view.startDate());
        Fields.integer(doc, Vacancy.POSITIONS, view.positions());
        Fields.keywords(doc, Vacancy.REQUIRED_SKILL, view.requiredSkills());
        Fields.keywords(doc, Vacancy.NICE_SKILL, view.niceSkills());
        Fields.keywords(doc, Vacancy.REQUIRED_LICENCE, view.requiredLicences());
        Fields.integer(doc, Vacancy.MIN_DIPLOMA_LEVEL, view.minDiplomaLevel());
        Fields.flag(doc, Vacancy.INSERTION_CLAUSE, view.insertionClause());
        Fields.integer(doc, Vacancy.INSERTION_HOURS, view.insertionHours());
        Fields.integer(doc, Vacancy.MAX_DISTANCE_KM, view.maxDistanceKm());
        Fields.text(doc, Vacancy.TITLE, List.of(view.title()));
        Fields.text(doc, Vacancy.DESCRIPTION, List.of(view.description()));
        ContentHash.add(doc);
        return doc;
    }

    private void occupation(Document doc, String code) {
        OccupationNeighbourhood around = OccupationNeighbourhood.incoming(referential, code);
        Fields.keyword(doc, Vacancy.OCCUPATION, code);
        Fields.keywords(doc, Vacancy.CLOSE_OCCUPATION, around.close());
        Fields.keywords(doc, Vacancy.EVOLUTION_OCCUPATION, around.evolution());
        Fields.keyword(doc, Vacancy.DOMAIN, around.domains().iterator().next());
        Fields.keyword(doc, Vacancy.GRAND_DOMAIN, around.grandDomains().iterator().next());
    }
}

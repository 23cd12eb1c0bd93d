package fr.tremplin.core.index;

import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.JobTitle;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.SeekerStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link SeekerIndexView} into a job-seeker index document (fields in {@link IndexSchema.Seeker}),
 * deriving the mobility, domain and coordinate fields from the referential. Write it with
 * {@code writer.updateDocument(IndexSchema.idTerm(view.id()), document)}. Thread-safe.
 */
public final class SeekerDocuments {

    private static final String KIND = "Seeker";

    private final Referential referential;
    private final Clock clock;

    /** @param clock stamps {@link IndexSchema#INDEXED_AT} */
    public SeekerDocuments(Referential referential, Clock clock) {
        this.referential = Objects.requireNonNull(referential, "referential");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws DocumentMappingException when the view names a code the referential does not know */
    public Document toDocument(SeekerIndexView view) {
        return toDocument(view, null);
    }

    /**
     * Like {@link #toDocument(SeekerIndexView)}, with the name shown in rankings stored beside the view
     * ({@link Seeker#DISPLAY_NAME}, covered by the content hash); nothing stored when null.
     */
    public Document toDocument(SeekerIndexView view, String displayName) {
        CodeCheck check = new CodeCheck(referential, KIND, view.id());
        Commune commune = check.commune(view.communeInsee());
        check.occupations("target occupations", view.targetOccupations());
        List<String> experienced = view.experiences().stream().map(Experience::occupationCode).toList();
        check.occupations("experiences", experienced);
        check.skills("skills", view.skills());
        check.jobTitles(view.jobTitles());

        Document doc = new Document();
        Fields.id(doc, view.id());
        Fields.version(doc, view.version(), clock.millis());
        Fields.keyword(doc, Seeker.STATUS, view.status().name());
        doc.add(new StringField(Seeker.ERASURE_KEY, ErasureKeys.of(view.id()), Field.Store.NO));
        Fields.flag(doc, Seeker.CONSENT, view.consent());
        Fields.keyword(doc, Seeker.COMMUNE, commune.insee());
        GeoPoint home = Optional.ofNullable(view.home()).orElseGet(() -> new GeoPoint(commune.lat(), commune.lon()));
        Fields.location(doc, Seeker.HOME, home);
        Fields.integer(doc, Seeker.RADIUS_KM, view.radiusKm());
        boolean candidate = view.status() == SeekerStatus.ACTIVE && view.consent();
        ReachCells.add(doc, home, view.radiusKm(), candidate);
        SpaceOrder.add(doc, home, candidate);
        Fields.keywords(doc, Seeker.LICENCE, view.licences());
        Fields.flag(doc, Seeker.HAS_VEHICLE, view.hasVehicle());
        occupations(doc, view.targetOccupations(), experienced);
        for (Experience experience : view.experiences()) {
            Fields.integer(doc, Seeker.experienceMonths(experience.occupationCode()), experience.months());
        }
        Fields.keywords(doc, Seeker.SKILL, view.skills());
        Fields.keywords(doc, Seeker.PUBLIC, view.publics().stream().map(Enum::name).toList());
        Fields.keywords(doc, Seeker.PROGRAMME, view.programmes().stream().map(Enum::name).toList());
        Fields.keyword(doc, Seeker.EMPLOYMENT_UNIT, view.employmentUnit());
        Fields.keyword(doc, Seeker.WORKING_TIME, view.workingTime().name());
        Fields.integer(doc, Seeker.DIPLOMA_LEVEL, view.diplomaLevel());
        Fields.date(doc, Seeker.AVAILABLE_FROM, view.availableFrom());
        Fields.integer(doc, Seeker.BIRTH_YEAR, view.birthYear());
        if (view.waitingSince() != null) {
            Fields.date(doc, Seeker.WAITING_SINCE, view.waitingSince());
        }
        Fields.docValuesOnly(doc, Seeker.ELIGIBILITY,
                view.eligibility().stream().map(Seeker::eligibilityValue).toList());
        Fields.text(doc, Seeker.SUMMARY, List.of(view.summary()));
        Fields.text(doc, Seeker.TITLES, titles(view));
        if (displayName != null) {
            doc.add(new StoredField(Seeker.DISPLAY_NAME, displayName));
        }
        ContentHash.add(doc);
        return doc;
    }

    private void occupations(Document doc, List<String> targets, List<String> experienced) {
        Set<String> held = new LinkedHashSet<>(targets);
        held.addAll(experienced);
        OccupationNeighbourhood around = OccupationNeighbourhood.outgoing(referential, held);
        Fields.keywords(doc, Seeker.TARGET_OCCUPATION, targets);
        Fields.keywords(doc, Seeker.EXPERIENCE_OCCUPATION, experienced);
        Fields.keywords(doc, Seeker.CLOSE_OCCUPATION, around.close());
        Fields.keywords(doc, Seeker.EVOLUTION_OCCUPATION, around.evolution());
        Fields.keywords(doc, Seeker.DOMAIN, around.domains());
        Fields.keywords(doc, Seeker.GRAND_DOMAIN, around.grandDomains());
    }

    /** Job-title labels, then the labels of target occupations. */
    private List<String> titles(SeekerIndexView view) {
        List<String> titles = new ArrayList<>();
        view.jobTitles().forEach(code -> referential.jobTitle(code).map(JobTitle::label).ifPresent(titles::add));
        view.targetOccupations().forEach(code ->
                referential.occupation(code).map(Occupation::label).ifPresent(titles::add));
        return titles;
    }
}

package fr.tremplin.api.web.prospect;

import fr.tremplin.api.prospect.ProspectService;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.Option;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.contact.ContactOutcome;
import fr.tremplin.data.seeker.JobSeeker;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Builds the « Entreprises à démarcher » section of a person page (the caller has opened the person's file). */
@Singleton
public class ProspectSections {
    /** Companies shown on the page. */
    static final int SHOWN = 10;
    static final List<Option> OUTCOMES = Arrays.stream(ContactOutcome.values())
            .map(o -> new Option(o.name(), o.label())).toList();

    private final ProspectService prospects;
    private final Referential referential;
    private final Clock clock;

    public ProspectSections(ProspectService prospects, Referential referential, Clock clock) {
        this.prospects = prospects;
        this.referential = referential;
        this.clock = clock;
    }

    public ProspectSection of(JobSeeker seeker) {
        return new ProspectSection(prospects.of(seeker, SHOWN).stream().map(p -> ProspectRow.of(p, referential)).toList(),
                seeker.mobilityRadiusKm(), Dates.format(LocalDate.now(clock)), OUTCOMES);
    }
}

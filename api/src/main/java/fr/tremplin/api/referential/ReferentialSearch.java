package fr.tremplin.api.referential;

import fr.tremplin.api.referential.ReferentialDtos.CommuneDto;
import fr.tremplin.api.referential.ReferentialDtos.OccupationHit;
import fr.tremplin.api.referential.ReferentialDtos.SkillDto;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.search.CommuneSearch;
import fr.tremplin.core.search.OccupationSearch;
import fr.tremplin.core.search.SkillSearch;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * Typo-tolerant lookups over the ROME job titles and labels, the skills and the communes (matching-core's
 * in-memory search engines), built once, in the background right after start-up.
 */
@Singleton
public class ReferentialSearch {
    private static final Logger LOG = LoggerFactory.getLogger(ReferentialSearch.class);

    private final Referential referential;
    private final Supplier<OccupationSearch> occupations;
    private final Supplier<SkillSearch> skills;
    private final Supplier<CommuneSearch> communes;

    public ReferentialSearch(Referential referential) {
        this.referential = referential;
        this.occupations = memoize(() -> OccupationSearch.build(referential));
        this.skills = memoize(() -> SkillSearch.build(referential));
        this.communes = memoize(() -> CommuneSearch.build(referential));
    }

    @EventListener
    @Async
    void warmUp(StartupEvent event) {
        long start = System.nanoTime();
        occupations.get();
        skills.get();
        communes.get();
        LOG.info("Referential search ready in {} ms (job titles, skills, communes)", (System.nanoTime() - start) / 1_000_000);
    }

    public List<OccupationHit> occupations(String q, int limit) {
        return occupations.get().search(q, limit).stream()
                .map(m -> new OccupationHit(m.code(), m.label(), m.matchedTitle())).toList();
    }

    public List<SkillDto> skills(String q, int limit) {
        return skills.get().search(q, limit).stream()
                .map(m -> new SkillDto(m.code(), m.label(), m.kind().name())).toList();
    }

    public List<CommuneDto> communes(String q, int limit) {
        return communes.get().search(q, limit).stream()
                .map(m -> referential.commune(m.insee()).orElseThrow())
                .map(c -> new CommuneDto(c.insee(), c.name(), c.postalCodes(), c.lat(), c.lon(), c.population()))
                .toList();
    }

    private static <T> Supplier<T> memoize(Supplier<T> builder) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = builder.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}

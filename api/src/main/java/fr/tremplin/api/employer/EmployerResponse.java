package fr.tremplin.api.employer;

import fr.tremplin.data.employer.Employer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record EmployerResponse(String id, long version, String siret, String name, String kind, String sector,
                               String communeInsee, @Nullable String nafCode, @Nullable Instant createdAt) {
    public static EmployerResponse of(Employer e) {
        return new EmployerResponse(e.id(), e.version() == null ? 0 : e.version(), e.siret(), e.name(), e.kind().name(),
                e.sector().name(), e.communeInsee(), e.nafCode(), e.createdAt());
    }
}

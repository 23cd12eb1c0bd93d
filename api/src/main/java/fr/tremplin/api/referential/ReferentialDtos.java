package fr.tremplin.api.referential;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Response shapes of the referential endpoints. */
public final class ReferentialDtos {
    private ReferentialDtos() {
    }

    @Serdeable
    public record OccupationHit(String code, String label, @Nullable String matchedTitle) {}

    @Serdeable
    public record SkillDto(String code, String label, String kind) {}

    @Serdeable
    public record MobilityDto(String code, String label, String kind) {}

    @Serdeable
    public record JobTitleDto(String code, String label) {}

    @Serdeable
    public record OccupationDetail(String code, String label, String domain, String domainLabel, String grandDomain,
                                   String grandDomainLabel, List<JobTitleDto> jobTitles, List<SkillDto> skills,
                                   List<MobilityDto> mobilities) {}

    @Serdeable
    public record CommuneDto(String insee, String name, List<String> postalCodes, double lat, double lon,
                             int population) {}

    @Serdeable
    public record UnitDto(String code, String name, String communeInsee) {}
}

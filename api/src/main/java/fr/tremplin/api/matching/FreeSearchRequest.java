package fr.tremplin.api.matching;

import fr.tremplin.api.seeker.Licences;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Free search for candidates: any combination of text, occupations, skills, place and filters. */
@Serdeable
public record FreeSearchRequest(
        @Nullable @Size(max = 2000, message = "2000 caractères au plus") String text,
        @Nullable @Size(max = 20, message = "20 métiers au plus") List<@NotNull String> occupations,
        @Nullable @Size(max = 50, message = "50 compétences au plus") List<@NotNull String> skills,
        @Nullable @Pattern(regexp = "\\d{5}", message = "code INSEE à 5 chiffres") String communeInsee,
        @Nullable @Min(value = 0, message = "entre 0 et 200 km") @Max(value = 200, message = "entre 0 et 200 km")
        Integer radiusKm,
        @Nullable List<@NotNull @Pattern(regexp = "RSA|YOUTH_UNDER_26|RQTH|LONG_TERM_UNEMPLOYED|SENIOR_50_PLUS|QPV_RESIDENT",
                message = "RSA, YOUTH_UNDER_26, RQTH, LONG_TERM_UNEMPLOYED, SENIOR_50_PLUS ou QPV_RESIDENT") String> publics,
        @Nullable List<@NotNull @Pattern(regexp = Licences.PATTERN, message = Licences.MESSAGE) String> licences,
        @Nullable LocalDate availableBefore,
        @Nullable String unit) {
}

package fr.tremplin.api.seeker;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Years of experience in one ROME occupation. */
@Serdeable
public record ExperienceDto(
        @NotBlank(message = "obligatoire (code ROME)") String occupation,
        @NotNull(message = "obligatoire") @DecimalMin(value = "0", message = "doit être positif ou nul")
        @DecimalMax(value = "50", message = "doit être au plus 50 ans") Double years) {
}

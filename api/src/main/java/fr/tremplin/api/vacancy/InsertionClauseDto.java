package fr.tremplin.api.vacancy;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The public contract whose insertion clause this vacancy serves, and the hours it brings. */
@Serdeable
public record InsertionClauseDto(
        @NotBlank(message = "obligatoire (référence du marché)") @Size(max = 40, message = "40 caractères au plus")
        String contractRef,
        @NotNull(message = "obligatoire") @Min(value = 1, message = "au moins 1 heure")
        @Max(value = 100000, message = "100 000 heures au plus") Integer hours) {
}

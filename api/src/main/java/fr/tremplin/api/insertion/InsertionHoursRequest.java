package fr.tremplin.api.insertion;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** Hours one person worked on one public contract in one month ({@code YYYY-MM}); posting a month again corrects it. */
@Serdeable
public record InsertionHoursRequest(
        @NotBlank(message = "obligatoire : la référence du marché") String contractRef,
        @NotBlank(message = "obligatoire : la personne") String jobSeekerId,
        @NotNull(message = "obligatoire : le nombre d'heures")
        @DecimalMin(value = "0", inclusive = false, message = "doit être positif")
        @DecimalMax(value = "220", message = "220 heures par mois au plus")
        @Digits(integer = 3, fraction = 2, message = "deux décimales au plus") BigDecimal hours,
        @NotBlank(message = "obligatoire : le mois (AAAA-MM)")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "le mois s'écrit AAAA-MM, par exemple 2026-10") String month) {
}

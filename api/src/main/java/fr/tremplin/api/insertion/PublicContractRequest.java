package fr.tremplin.api.insertion;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A public contract with an insertion clause: the buyer (a PUBLIC_BUYER employer), the hours to deliver, the period. */
@Serdeable
public record PublicContractRequest(
        @NotBlank(message = "obligatoire : la référence du marché (ex. MP-2026-017)")
        @Size(max = 40, message = "40 caractères au plus")
        @Pattern(regexp = "[^,]*", message = "ne doit pas contenir de virgule") String ref,
        @NotBlank(message = "obligatoire : l'acheteur public") String buyerId,
        @NotBlank(message = "obligatoire : l'objet du marché") @Size(max = 200, message = "200 caractères au plus") String title,
        @NotNull(message = "obligatoire : les heures d'insertion à réaliser")
        @Min(value = 1, message = "doit être positif") @Max(value = 1_000_000, message = "1 000 000 heures au plus")
        Integer hoursTarget,
        @NotNull(message = "obligatoire : début de la période") LocalDate startDate,
        @NotNull(message = "obligatoire : fin de la période") LocalDate endDate) {
}

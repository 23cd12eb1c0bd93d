package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The adviser takes a proposal back: a reason of the WITHDRAWAL list (GET /api/v1/shortlists/reasons). */
@Serdeable
public record WithdrawRequest(
        @NotBlank(message = "obligatoire : le motif du retrait") String reason,
        @Nullable @Size(max = 1000, message = "1 000 caractères au plus") String comment) {
}

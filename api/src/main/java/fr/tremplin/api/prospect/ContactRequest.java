package fr.tremplin.api.prospect;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact to record. {@code date} (AAAA-MM-JJ) and {@code outcome} are read by {@link ContactChecks} so that a
 * wrong value answers 422 naming the field; {@code unit} is the caller's own unit unless an administrator names one.
 */
@Serdeable
public record ContactRequest(
        @Schema(description = "Date du contact, AAAA-MM-JJ (ni dans le futur, ni de plus d'un an)", format = "date")
        @Nullable String date,
        @Schema(description = "Résultat du contact", example = "CALL_BACK", allowableValues = {"NO_ANSWER", "CALL_BACK",
                "NO_NEED", "INTERESTED", "VACANCY_EXPECTED", "DECLINED"}) @Nullable String outcome,
        @Schema(description = "Note courte sur l'entreprise (300 caractères au plus), sans nommer de personne accompagnée")
        @Nullable String note,
        @Schema(description = "Unité emploi qui a contacté l'entreprise : celle du compte par défaut, obligatoire pour"
                + " un administrateur", example = "NANTES-NORD") @Nullable String unit) {}

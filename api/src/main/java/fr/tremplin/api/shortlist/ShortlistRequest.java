package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new shortlist: the vacancy, the people in the order the adviser proposes them, a note for the employer. */
@Serdeable
public record ShortlistRequest(
        @NotBlank(message = "obligatoire : l'offre") String vacancyId,
        @NotEmpty(message = "au moins une personne à proposer") @Size(max = 50, message = "au plus 50 personnes")
        List<@NotBlank(message = "identifiant vide") String> jobSeekerIds,
        @Nullable @Size(max = 2000, message = "2 000 caractères au plus") String note) {
}

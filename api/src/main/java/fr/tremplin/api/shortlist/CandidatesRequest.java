package fr.tremplin.api.shortlist;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** More people for a draft shortlist. */
@Serdeable
public record CandidatesRequest(
        @NotEmpty(message = "au moins une personne à ajouter") @Size(max = 50, message = "au plus 50 personnes")
        List<@NotBlank(message = "identifiant vide") String> jobSeekerIds) {
}

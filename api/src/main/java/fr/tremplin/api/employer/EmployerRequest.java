package fr.tremplin.api.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
public record EmployerRequest(
        @NotBlank(message = "obligatoire") @Pattern(regexp = "\\d{14}", message = "SIRET à 14 chiffres") String siret,
        @NotBlank(message = "obligatoire") @Size(max = 200, message = "200 caractères au plus") String name,
        @NotBlank(message = "obligatoire")
        @Pattern(regexp = "COMPANY|EMPLOYER_GROUP|SIAE|PUBLIC_BUYER", message = "COMPANY, EMPLOYER_GROUP, SIAE ou PUBLIC_BUYER")
        String kind,
        @NotBlank(message = "obligatoire")
        @Pattern(regexp = "BUILDING|CLEANING|INDUSTRY|AGRICULTURE|TRANSPORT|OTHER",
                message = "BUILDING, CLEANING, INDUSTRY, AGRICULTURE, TRANSPORT ou OTHER")
        String sector,
        @NotBlank(message = "obligatoire (code INSEE)") @Pattern(regexp = "\\d{5}", message = "code INSEE à 5 chiffres")
        String communeInsee,
        @Nullable @Pattern(regexp = "\\d{4}[A-Z]", message = "code NAF au format 4120A") String nafCode) {
}

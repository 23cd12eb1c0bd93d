package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The employer's answer about one person. {@code reason} (a code of the DECLINE list) goes with DECLINED
 * only. With HIRED, the contract: {@code contractType}, {@code startDate}, {@code hoursPerWeek} default to
 * the vacancy's; {@code endDate} is required for every contract but a CDI.
 */
@Serdeable
public record OutcomeRequest(
        @NotBlank(message = "obligatoire : INTERVIEW, HIRED ou DECLINED")
        @Pattern(regexp = "INTERVIEW|HIRED|DECLINED", message = "INTERVIEW, HIRED ou DECLINED") String outcome,
        @Nullable String reason,
        @Nullable @Size(max = 1000, message = "1 000 caractères au plus") String comment,
        @Nullable @Pattern(regexp = "CDI|CDD|INTERIM|APPRENTICESHIP|PROFESSIONALISATION|PEC|IAE",
                message = "CDI, CDD, INTERIM, APPRENTICESHIP, PROFESSIONALISATION, PEC ou IAE") String contractType,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable @Min(value = 1, message = "au moins 1 heure") @Max(value = 48, message = "48 heures au plus")
        Integer hoursPerWeek) {
}

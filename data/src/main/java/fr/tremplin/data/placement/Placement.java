package fr.tremplin.data.placement;

import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.data.common.CodeListConverter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hire: the person, the vacancy, the contract. {@code unit} and {@code publics} are the person's at hiring
 * (kept for the reports even if the person is later erased); {@code daysToFill} counts from the
 * publication of the vacancy to the hire.
 */
@MappedEntity("placement")
public record Placement(
        @Id String id,
        String jobSeekerId,
        String vacancyId,
        String employerId,
        @Nullable String shortlistId,
        @Nullable @MappedProperty("employment_unit_code") String unit,
        ContractType contractType,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        int hoursPerWeek,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> publics,
        @Nullable String insertionContractRef,
        @Nullable Integer daysToFill,
        String hiredBy,
        Instant hiredAt,
        @Nullable @Version Long version) {

    /** Whether the contract runs during some day of [first, last]. */
    public boolean covers(LocalDate first, LocalDate last) {
        return !startDate.isAfter(last) && (endDate == null || !endDate.isBefore(first));
    }
}

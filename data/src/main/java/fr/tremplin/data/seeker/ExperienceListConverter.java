package fr.tremplin.data.seeker;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/** Stores experiences as {@code F1703:2.5,F1704:1}. */
@Singleton
public class ExperienceListConverter implements AttributeConverter<List<Experience>, String> {

    @Override
    public String convertToPersistedValue(List<Experience> experiences, ConversionContext context) {
        if (experiences == null || experiences.isEmpty()) {
            return "";
        }
        StringBuilder column = new StringBuilder();
        for (Experience e : experiences) {
            if (!column.isEmpty()) {
                column.append(',');
            }
            column.append(e.occupation()).append(':').append(e.years());
        }
        return column.toString();
    }

    @Override
    public List<Experience> convertToEntityValue(String column, ConversionContext context) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(ExperienceListConverter::parse).toList();
    }

    private static Experience parse(String item) {
        int colon = item.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("Malformed experience column item: " + item);
        }
        return new Experience(item.substring(0, colon), Double.parseDouble(item.substring(colon + 1)));
    }
}

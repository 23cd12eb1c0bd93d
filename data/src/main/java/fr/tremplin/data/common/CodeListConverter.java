package fr.tremplin.data.common;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/** Stores a list of codes (ROME, skills, licences, publics) as one comma-separated column. */
@Singleton
public class CodeListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToPersistedValue(List<String> codes, ConversionContext context) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        for (String code : codes) {
            if (code.indexOf(',') >= 0) {
                throw new IllegalArgumentException("A code cannot contain a comma: " + code);
            }
        }
        return String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityValue(String column, ConversionContext context) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

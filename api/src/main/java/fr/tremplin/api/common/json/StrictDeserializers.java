package fr.tremplin.api.common.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Strict JSON for request bodies (and everything else the application reads as JSON): these beans replace Micronaut
 * Serde's lenient readers of booleans, dates, integers, decimals and texts; see {@link StrictJson}.
 */
public final class StrictDeserializers {
    private StrictDeserializers() {
    }

    @Singleton
    @Primary
    public static class Booleans implements Deserializer<Boolean> {
        @Override
        public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
            Boolean value = StrictJson.bool(decoder, type.getName());
            return value == null ? getDefaultValue(context, type) : value;
        }

        @Override
        public Boolean getDefaultValue(DecoderContext context, Argument<? super Boolean> type) {
            return type.isPrimitive() ? false : null;
        }
    }

    @Singleton
    @Primary
    public static class Dates implements Deserializer<LocalDate> {
        @Override
        public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type) throws IOException {
            return StrictJson.date(decoder, type.getName());
        }
    }

    @Singleton
    @Primary
    public static class Integers implements Deserializer<Integer> {
        @Override
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
            var value = StrictJson.integer(decoder, type.getName());
            return value == null ? getDefaultValue(context, type)
                    : StrictJson.intValue(decoder, type.getName(), value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public Integer getDefaultValue(DecoderContext context, Argument<? super Integer> type) {
            return type.isPrimitive() ? 0 : null;
        }
    }

    @Singleton
    @Primary
    public static class Longs implements Deserializer<Long> {
        @Override
        public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
            var value = StrictJson.integer(decoder, type.getName());
            if (value == null) {
                return getDefaultValue(context, type);
            }
            if (value.bitLength() > 63) {
                throw StrictJson.fail(decoder, type.getName(), "nombre entier hors limites");
            }
            return value.longValue();
        }

        @Override
        public Long getDefaultValue(DecoderContext context, Argument<? super Long> type) {
            return type.isPrimitive() ? 0L : null;
        }
    }

    @Singleton
    @Primary
    public static class Doubles implements Deserializer<Double> {
        @Override
        public Double deserialize(Decoder decoder, DecoderContext context, Argument<? super Double> type) throws IOException {
            Double value = StrictJson.decimal(decoder, type.getName());
            return value == null ? getDefaultValue(context, type) : value;
        }

        @Override
        public Double getDefaultValue(DecoderContext context, Argument<? super Double> type) {
            return type.isPrimitive() ? 0.0 : null;
        }
    }

    @Singleton
    @Primary
    public static class Texts implements Deserializer<String> {
        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
            return StrictJson.text(decoder, type.getName());
        }
    }
}

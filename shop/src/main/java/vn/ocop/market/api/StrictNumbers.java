package vn.ocop.market.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigInteger;

/**
 * Whole numbers in request bodies must be JSON integers: {@code "350000"} (a number sent as text),
 * {@code 350000.0} or {@code 1.5} (a fraction) and a value outside the type's range are refused
 * (400) instead of being converted, truncated or wrapped around.
 */
@Factory
class StrictNumbers {

    @Singleton
    Deserializer<Long> longs() {
        return new Deserializer<>() {
            @Override
            public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
                return whole(decoder, Long.MIN_VALUE, Long.MAX_VALUE);
            }
        };
    }

    @Singleton
    Deserializer<Integer> integers() {
        return new Deserializer<>() {
            @Override
            public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
                return (int) whole(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        };
    }

    private static long whole(Decoder decoder, long min, long max) throws IOException {
        Object value = decoder.decodeArbitrary();
        BigInteger number = switch (value) {
            case Integer i -> BigInteger.valueOf(i);
            case Long l -> BigInteger.valueOf(l);
            case Short s -> BigInteger.valueOf(s);
            case Byte b -> BigInteger.valueOf(b);
            case BigInteger b -> b;
            case null, default -> throw decoder.createDeserializationException(
                    "Expected a whole number written as a JSON integer", null);
        };
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw decoder.createDeserializationException("Whole number out of range", null);
        }
        return number.longValue();
    }
}

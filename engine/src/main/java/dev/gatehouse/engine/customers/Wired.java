package dev.gatehouse.engine.customers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum stored and written in the API as its lower-case name ({@code economic_buyer}); {@code -} reads as {@code _}. */
public interface Wired {
    String name();

    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Wired> Optional<E> parse(Class<E> type, String value) {
        if (value == null) return Optional.empty();
        var normalized = value.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.wire().equals(normalized)).findFirst();
    }

    /** {@code a, b, c}: the values a field takes, for error messages. */
    static <E extends Enum<E> & Wired> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wired::wire).collect(Collectors.joining(", "));
    }
}

package dev.gatehouse.bot.http;

import dev.gatehouse.engine.config.ConfigException;

import java.util.List;
import java.util.Map;

/**
 * How large a streamed NDJSON body {@code POST /api/signals} takes ({@code GATEHOUSE_SIGNALS_MAX_BATCH_MB},
 * default {@value #DEFAULT_MB}): it is written to a temporary file while its signature is computed,
 * so this is disk, not memory.
 */
public record NdjsonLimits(long maxBytes) {
    public static final int DEFAULT_MB = 512;

    public static NdjsonLimits fromEnv(Map<String, String> env) {
        var value = env.getOrDefault("GATEHOUSE_SIGNALS_MAX_BATCH_MB", Integer.toString(DEFAULT_MB)).trim();
        try {
            long mb = Long.parseLong(value);
            if (mb >= 1 && mb <= 65_536) return new NdjsonLimits(mb * 1024 * 1024);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(List.of("GATEHOUSE_SIGNALS_MAX_BATCH_MB must be a whole number of megabytes from 1 to 65536 (got '"
                + value + "')"));
    }
}

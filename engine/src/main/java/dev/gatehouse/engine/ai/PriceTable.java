package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.config.ConfigException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * USD per million tokens, in and out, per model. Parsed from
 * {@code gpt-4o-mini=0.15/0.60,claude-3-5-haiku=0.80/4.00}. A configured name also prices dated
 * variants ({@code gpt-4o-mini} prices {@code gpt-4o-mini-2024-07-18}); the longest match wins.
 */
public record PriceTable(Map<String, Price> prices) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public static final PriceTable EMPTY = new PriceTable(Map.of());

    public record Price(BigDecimal inPerMillion, BigDecimal outPerMillion) {
        public Price {
            Objects.requireNonNull(inPerMillion, "inPerMillion");
            Objects.requireNonNull(outPerMillion, "outPerMillion");
            if (inPerMillion.signum() < 0 || outPerMillion.signum() < 0) {
                throw new IllegalArgumentException("prices must not be negative");
            }
        }
    }

    /** What a call cost; {@code priced} is false when the model is not in the table (cost is then 0). */
    public record Cost(BigDecimal usd, boolean priced) {
    }

    public PriceTable {
        prices = Map.copyOf(Objects.requireNonNullElse(prices, Map.of()));
    }

    public Cost cost(String model, int tokensIn, int tokensOut) {
        return find(model)
                .map(p -> new Cost(perMillion(p.inPerMillion(), tokensIn).add(perMillion(p.outPerMillion(), tokensOut))
                        .setScale(6, RoundingMode.HALF_UP), true))
                .orElse(new Cost(BigDecimal.ZERO.setScale(6), false));
    }

    private Optional<Price> find(String model) {
        if (model == null) return Optional.empty();
        return prices.entrySet().stream()
                .filter(e -> model.equals(e.getKey()) || model.startsWith(e.getKey() + "-"))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private static BigDecimal perMillion(BigDecimal price, int tokens) {
        return price.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, 9, RoundingMode.HALF_UP);
    }

    /** Parses the configuration text, adding one message per bad entry to {@code problems}. */
    public static PriceTable parse(String text, List<String> problems) {
        var prices = new LinkedHashMap<String, Price>();
        if (text == null || text.isBlank()) return new PriceTable(prices);
        for (var entry : text.split(",")) {
            var trimmed = entry.trim();
            if (trimmed.isEmpty()) continue;
            parseEntry(trimmed).ifPresentOrElse(
                    p -> prices.put(trimmed.substring(0, trimmed.indexOf('=')).trim(), p),
                    () -> problems.add("GATEHOUSE_LLM_PRICES: '" + trimmed
                            + "' is not model=IN/OUT (USD per million tokens, e.g. gpt-4o-mini=0.15/0.60)"));
        }
        return new PriceTable(prices);
    }

    public static PriceTable parse(String text) {
        var problems = new ArrayList<String>();
        var table = parse(text, problems);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return table;
    }

    private static Optional<Price> parseEntry(String entry) {
        int eq = entry.indexOf('=');
        if (eq <= 0) return Optional.empty();
        var amounts = entry.substring(eq + 1).split("/");
        if (amounts.length != 2) return Optional.empty();
        try {
            return Optional.of(new Price(new BigDecimal(amounts[0].trim()), new BigDecimal(amounts[1].trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

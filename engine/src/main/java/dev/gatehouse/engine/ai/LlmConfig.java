package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.config.ConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach the LLM, from {@code GATEHOUSE_LLM_*} variables. {@code apiKey} is a secret:
 * {@link #toString()} never shows it.
 */
public record LlmConfig(Provider provider, String baseUrl, String apiKey, String model, Duration timeout,
                        int maxRetries, PriceTable prices) {
    public static final String PROVIDER = "GATEHOUSE_LLM_PROVIDER";
    public static final String BASE_URL = "GATEHOUSE_LLM_BASE_URL";
    public static final String API_KEY = "GATEHOUSE_LLM_API_KEY";
    public static final String MODEL = "GATEHOUSE_LLM_MODEL";
    public static final String TIMEOUT_SECONDS = "GATEHOUSE_LLM_TIMEOUT_SECONDS";
    public static final String MAX_RETRIES = "GATEHOUSE_LLM_MAX_RETRIES";
    public static final String PRICES = "GATEHOUSE_LLM_PRICES";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 2;

    public static final LlmConfig NONE = new LlmConfig(Provider.NONE, null, null, "", DEFAULT_TIMEOUT,
            DEFAULT_MAX_RETRIES, PriceTable.EMPTY);

    public LlmConfig {
        Objects.requireNonNull(provider, "provider");
        model = Objects.requireNonNullElse(model, provider.defaultModel());
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must not be negative");
        prices = Objects.requireNonNullElse(prices, PriceTable.EMPTY);
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** Reads the variables, collects every problem and throws one {@link ConfigException} listing them all. */
    public static LlmConfig fromEnv(Map<String, String> env) {
        var problems = new ArrayList<String>();
        var providerText = value(env, PROVIDER);
        var provider = providerText == null ? Provider.NONE : Provider.fromWire(providerText).orElse(null);
        if (provider == null) {
            problems.add(PROVIDER + ": unknown provider '" + providerText + "' (none, openai, anthropic, ollama)");
        }
        var baseUrl = value(env, BASE_URL);
        if (baseUrl != null && !isHttpUrl(baseUrl)) {
            problems.add(BASE_URL + ": '" + baseUrl + "' is not an http(s) URL");
        }
        var apiKey = value(env, API_KEY);
        if (provider != null && apiKey == null && provider.needsApiKey(baseUrl)) {
            problems.add(API_KEY + ": required for provider " + provider.wire()
                    + (provider == Provider.OPENAI ? " (unless " + BASE_URL + " points at a compatible server)" : ""));
        }
        int timeoutSeconds = integer(env, TIMEOUT_SECONDS, (int) DEFAULT_TIMEOUT.toSeconds(), 1, problems);
        int maxRetries = integer(env, MAX_RETRIES, DEFAULT_MAX_RETRIES, 0, problems);
        var prices = PriceTable.parse(value(env, PRICES), problems);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        if (provider == Provider.OLLAMA && baseUrl == null) baseUrl = "http://localhost:11434";
        var model = value(env, MODEL);
        return new LlmConfig(provider, baseUrl, apiKey, model == null ? provider.defaultModel() : model,
                Duration.ofSeconds(timeoutSeconds), maxRetries, prices);
    }

    private static String value(Map<String, String> env, String key) {
        var value = env.get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int integer(Map<String, String> env, String key, int fallback, int min, List<String> problems) {
        var text = value(env, key);
        if (text == null) return fallback;
        try {
            int parsed = Integer.parseInt(text);
            if (parsed >= min) return parsed;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(key + ": '" + text + "' is not a whole number >= " + min);
        return fallback;
    }

    private static boolean isHttpUrl(String text) {
        try {
            var uri = URI.create(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider.wire() + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "(none)" : "****")
                + ", model=" + model + ", timeout=" + timeout + ", maxRetries=" + maxRetries
                + ", prices=" + prices.prices().keySet() + "]";
    }
}

package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.SignalKind;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The /icp modal's fields and the reading of its submission. Parsing collects every problem,
 * keyed by block_id for Slack's {@code response_action: errors}, instead of stopping at the first.
 */
public final class IcpForm {
    public static final String INDUSTRIES = "gh_icp_industries";
    public static final String MIN_EMPLOYEES = "gh_icp_min_employees";
    public static final String MAX_EMPLOYEES = "gh_icp_max_employees";
    public static final String REGIONS = "gh_icp_regions";
    public static final String TECHNOLOGIES = "gh_icp_technologies";
    public static final String PERSONAS = "gh_icp_personas";
    public static final String EXCLUDED_DOMAINS = "gh_icp_excluded_domains";
    public static final String COMPETITORS = "gh_icp_competitors";
    public static final String CUSTOMERS = "gh_icp_customers";
    public static final String SIGNAL_WEIGHTS = "gh_icp_signal_weights";
    public static final String HALF_LIFE_DAYS = "gh_icp_half_life_days";
    public static final String MIN_SCORE = "gh_icp_min_score";
    public static final String DESCRIPTION = "gh_icp_description";
    /** action_id = block_id + this suffix. */
    public static final String INPUT_SUFFIX = "_input";

    /** Either an ICP (errors empty) or the problems found (icp null). */
    public record Parsed(Icp icp, Map<String, String> errors) {
        public Parsed {
            errors = Map.copyOf(errors);
        }
    }

    private IcpForm() {
    }

    /** @param newVersion the version the saved ICP will get */
    public static Parsed parse(Map<String, Map<String, ViewState.Value>> values, int newVersion) {
        var errors = new LinkedHashMap<String, String>();
        int min = integer(values, MIN_EMPLOYEES, 0, Integer.MAX_VALUE, errors);
        int max = integer(values, MAX_EMPLOYEES, 0, Integer.MAX_VALUE, errors);
        if (!errors.containsKey(MIN_EMPLOYEES) && !errors.containsKey(MAX_EMPLOYEES) && max < min) {
            errors.put(MAX_EMPLOYEES, "Must be at least the minimum (" + min + ").");
        }
        int halfLife = integer(values, HALF_LIFE_DAYS, 1, 3650, errors);
        int minScore = integer(values, MIN_SCORE, 0, 100, errors);
        var weights = weights(text(values, SIGNAL_WEIGHTS), errors);
        var personas = personas(text(values, PERSONAS), errors);
        if (!errors.isEmpty()) return new Parsed(null, errors);
        var exclusions = new Icp.Exclusions(list(values, EXCLUDED_DOMAINS), list(values, COMPETITORS), list(values, CUSTOMERS));
        var icp = new Icp(newVersion, list(values, INDUSTRIES), min, max, list(values, REGIONS), list(values, TECHNOLOGIES),
                personas, exclusions, weights, Duration.ofDays(halfLife), minScore, text(values, DESCRIPTION).strip());
        return new Parsed(icp, errors);
    }

    static String personaLine(Icp.Persona p) {
        return p.name() + ": " + String.join(", ", p.titleKeywords()) + " | " + String.join(", ", p.seniorities());
    }

    static String weightLines(Map<SignalKind, Double> weights) {
        return Arrays.stream(SignalKind.values()).filter(weights::containsKey)
                .map(k -> k.wire() + " = " + weights.get(k)).collect(Collectors.joining("\n"));
    }

    private static List<Icp.Persona> personas(String text, Map<String, String> errors) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(line -> {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                errors.putIfAbsent(PERSONAS, "Each line needs a name before ':' (" + Text.truncate(line, 40) + ").");
                return null;
            }
            var rest = line.substring(colon + 1).split("\\|", 2);
            return new Icp.Persona(line.substring(0, colon).strip(), commaList(rest[0]),
                    rest.length > 1 ? commaList(rest[1]) : List.of());
        }).filter(p -> p != null).toList();
    }

    private static Map<SignalKind, Double> weights(String text, Map<String, String> errors) {
        var weights = new EnumMap<SignalKind, Double>(SignalKind.class);
        for (var line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            var parts = line.split("[=:]", 2);
            var kind = SignalKind.fromWire(parts[0]);
            Double weight = parts.length == 2 ? number(parts[1].strip()) : null;
            if (kind.isEmpty() || weight == null || weight < 0 || weight > 1) {
                errors.putIfAbsent(SIGNAL_WEIGHTS, "Use 'kind = weight' with a known kind and a weight from 0 to 1 ("
                        + Text.truncate(line, 40) + ").");
            } else {
                weights.put(kind.get(), weight);
            }
        }
        return weights;
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integer(Map<String, Map<String, ViewState.Value>> values, String block, int min, int max,
                               Map<String, String> errors) {
        var raw = text(values, block).strip();
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.put(block, "Enter a whole number from " + min + " to " + max + ".");
        return min;
    }

    private static List<String> list(Map<String, Map<String, ViewState.Value>> values, String block) {
        return commaList(text(values, block));
    }

    private static List<String> commaList(String text) {
        return Arrays.stream(text.split("[,\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        var actions = values.get(block);
        var value = actions == null ? null : actions.get(block + INPUT_SUFFIX);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }
}

package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.FormInputs;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.SignalKind;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.gatehouse.bot.codec.FormInputs.ICP_COMPETITORS;
import static dev.gatehouse.bot.codec.FormInputs.ICP_CUSTOMERS;
import static dev.gatehouse.bot.codec.FormInputs.ICP_DESCRIPTION;
import static dev.gatehouse.bot.codec.FormInputs.ICP_EXCLUDED_DOMAINS;
import static dev.gatehouse.bot.codec.FormInputs.ICP_HALF_LIFE_DAYS;
import static dev.gatehouse.bot.codec.FormInputs.ICP_INDUSTRIES;
import static dev.gatehouse.bot.codec.FormInputs.ICP_MAX_EMPLOYEES;
import static dev.gatehouse.bot.codec.FormInputs.ICP_MIN_EMPLOYEES;
import static dev.gatehouse.bot.codec.FormInputs.ICP_MIN_SCORE;
import static dev.gatehouse.bot.codec.FormInputs.ICP_PERSONAS;
import static dev.gatehouse.bot.codec.FormInputs.ICP_REGIONS;
import static dev.gatehouse.bot.codec.FormInputs.ICP_SIGNAL_WEIGHTS;
import static dev.gatehouse.bot.codec.FormInputs.ICP_TECHNOLOGIES;

/**
 * The /icp modal's fields and the reading of its submission. Parsing collects every problem,
 * keyed by block_id for Slack's {@code response_action: errors}, instead of stopping at the first.
 * The fields' ids are {@link FormInputs}' {@code ICP_*}.
 */
public final class IcpForm {
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
        int min = integer(values, ICP_MIN_EMPLOYEES, 0, Integer.MAX_VALUE, errors);
        int max = integer(values, ICP_MAX_EMPLOYEES, 0, Integer.MAX_VALUE, errors);
        if (!errors.containsKey(ICP_MIN_EMPLOYEES.blockId()) && !errors.containsKey(ICP_MAX_EMPLOYEES.blockId()) && max < min) {
            errors.put(ICP_MAX_EMPLOYEES.blockId(), "Must be at least the minimum (" + min + ").");
        }
        int halfLife = integer(values, ICP_HALF_LIFE_DAYS, 1, 3650, errors);
        int minScore = integer(values, ICP_MIN_SCORE, 0, 100, errors);
        var weights = weights(text(values, ICP_SIGNAL_WEIGHTS), errors);
        var personas = personas(text(values, ICP_PERSONAS), errors);
        if (!errors.isEmpty()) return new Parsed(null, errors);
        var exclusions = new Icp.Exclusions(list(values, ICP_EXCLUDED_DOMAINS), list(values, ICP_COMPETITORS), list(values, ICP_CUSTOMERS));
        var icp = new Icp(newVersion, list(values, ICP_INDUSTRIES), min, max, list(values, ICP_REGIONS), list(values, ICP_TECHNOLOGIES),
                personas, exclusions, weights, Duration.ofDays(halfLife), minScore, text(values, ICP_DESCRIPTION).strip());
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
                errors.putIfAbsent(ICP_PERSONAS.blockId(), "Each line needs a name before ':' (" + Text.truncate(line, 40) + ").");
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
                errors.putIfAbsent(ICP_SIGNAL_WEIGHTS.blockId(), "Use 'kind = weight' with a known kind and a weight from 0 to 1 ("
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

    private static int integer(Map<String, Map<String, ViewState.Value>> values, FormInputs field, int min, int max,
                               Map<String, String> errors) {
        var raw = text(values, field).strip();
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.put(field.blockId(), "Enter a whole number from " + min + " to " + max + ".");
        return min;
    }

    private static List<String> list(Map<String, Map<String, ViewState.Value>> values, FormInputs field) {
        return commaList(text(values, field));
    }

    private static List<String> commaList(String text) {
        return Arrays.stream(text.split("[,\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, FormInputs field) {
        var actions = values.get(field.blockId());
        var value = actions == null ? null : actions.get(field.actionId());
        return value == null || value.getValue() == null ? "" : value.getValue();
    }
}

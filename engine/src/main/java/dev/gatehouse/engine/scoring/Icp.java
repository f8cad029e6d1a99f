package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.signals.SignalKind;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ideal customer profile a manager set. Versioned: every change is a new version with its
 * author, and every score records the version it was computed against.
 *
 * @param signalWeights  how much one fresh signal of each kind is worth (0..1)
 * @param signalHalfLife a signal's weight halves after this long
 * @param minScore       accounts below it are not worked
 */
public record Icp(int version, List<String> industries, int minEmployees, int maxEmployees,
                  List<String> regions, List<String> technologies, List<Persona> personas,
                  Exclusions exclusions, Map<SignalKind, Double> signalWeights, Duration signalHalfLife,
                  int minScore, String description) {

    public Icp {
        industries = List.copyOf(Objects.requireNonNullElse(industries, List.of()));
        regions = List.copyOf(Objects.requireNonNullElse(regions, List.of()));
        technologies = List.copyOf(Objects.requireNonNullElse(technologies, List.of()));
        personas = List.copyOf(Objects.requireNonNullElse(personas, List.of()));
        exclusions = Objects.requireNonNullElse(exclusions, Exclusions.NONE);
        signalWeights = signalWeights == null || signalWeights.isEmpty()
                ? defaultWeights() : Map.copyOf(new EnumMap<>(signalWeights));
        signalHalfLife = Objects.requireNonNullElse(signalHalfLife, Duration.ofDays(30));
        description = Objects.requireNonNullElse(description, "");
        if (minEmployees < 0 || maxEmployees < minEmployees) {
            throw new IllegalArgumentException("employee range must satisfy 0 <= min <= max");
        }
        if (minScore < 0 || minScore > 100) throw new IllegalArgumentException("minScore must be within 0..100");
        if (signalHalfLife.isNegative() || signalHalfLife.isZero()) {
            throw new IllegalArgumentException("signalHalfLife must be positive");
        }
    }

    /** A title pattern (any keyword matches, case-insensitive) and the seniorities that count. */
    public record Persona(String name, List<String> titleKeywords, List<String> seniorities) {
        public Persona {
            Objects.requireNonNull(name, "name");
            titleKeywords = List.copyOf(Objects.requireNonNullElse(titleKeywords, List.of()));
            seniorities = List.copyOf(Objects.requireNonNullElse(seniorities, List.of()));
        }
    }

    /** Never worked: these domains, competitors, and existing customers. */
    public record Exclusions(List<String> domains, List<String> competitors, List<String> customers) {
        public static final Exclusions NONE = new Exclusions(List.of(), List.of(), List.of());

        public Exclusions {
            domains = List.copyOf(Objects.requireNonNullElse(domains, List.of()));
            competitors = List.copyOf(Objects.requireNonNullElse(competitors, List.of()));
            customers = List.copyOf(Objects.requireNonNullElse(customers, List.of()));
        }
    }

    public static Map<SignalKind, Double> defaultWeights() {
        var weights = new EnumMap<SignalKind, Double>(SignalKind.class);
        weights.put(SignalKind.FUNDING, 0.9);
        weights.put(SignalKind.HIRING, 0.7);
        weights.put(SignalKind.JOB_CHANGE, 0.8);
        weights.put(SignalKind.PRODUCT_USAGE, 0.8);
        weights.put(SignalKind.SUPPORT_TICKET, 0.4);
        weights.put(SignalKind.TECH_ADOPTION, 0.6);
        weights.put(SignalKind.NEWS, 0.3);
        weights.put(SignalKind.INTENT, 0.5);
        return weights;
    }
}

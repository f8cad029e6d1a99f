package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.signals.SignalKind;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link Icp} prepared for scoring many accounts: lower-cased hash sets, signal weights by
 * ordinal and the decay constant, so scoring one account does lookups, not list scans. Immutable.
 */
public final class CompiledIcp {
    private final Icp icp;
    private final Set<String> industries;
    private final Set<String> regions;
    private final Set<String> technologies;
    private final List<CompiledPersona> personas;
    private final Set<String> excludedDomains;
    private final Set<String> competitors;
    private final Set<String> customers;
    private final double[] signalWeights;
    private final double halfLifeSeconds;
    private final String employeeRange;

    private CompiledIcp(Icp icp) {
        this.icp = icp;
        this.industries = lowerSet(icp.industries());
        this.regions = lowerSet(icp.regions());
        this.technologies = lowerSet(icp.technologies());
        this.personas = icp.personas().stream().map(CompiledPersona::of).toList();
        this.excludedDomains = domainSet(icp.exclusions().domains());
        this.competitors = domainSet(icp.exclusions().competitors());
        this.customers = domainSet(icp.exclusions().customers());
        this.signalWeights = new double[SignalKind.values().length];
        icp.signalWeights().forEach((kind, weight) ->
                signalWeights[kind.ordinal()] = Math.clamp(weight == null ? 0 : weight, 0.0, 1.0));
        this.halfLifeSeconds = icp.signalHalfLife().toSeconds();
        this.employeeRange = icp.minEmployees() + "–" + icp.maxEmployees();
    }

    public static CompiledIcp of(Icp icp) {
        return new CompiledIcp(Objects.requireNonNull(icp, "icp"));
    }

    public Icp icp() { return icp; }
    public int version() { return icp.version(); }
    Set<String> industries() { return industries; }
    Set<String> regions() { return regions; }
    Set<String> technologies() { return technologies; }
    List<CompiledPersona> personas() { return personas; }
    Set<String> excludedDomains() { return excludedDomains; }
    Set<String> competitors() { return competitors; }
    Set<String> customers() { return customers; }
    double halfLifeSeconds() { return halfLifeSeconds; }
    String employeeRange() { return employeeRange; }

    double weight(SignalKind kind) {
        return signalWeights[kind.ordinal()];
    }

    boolean hasDescription() {
        return !icp.description().isBlank();
    }

    /** Lower-cased and trimmed; the one normalisation both sides of every comparison go through. */
    static String norm(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** A domain without scheme, {@code www.} or path, lower-cased. */
    static String normDomain(String value) {
        var d = norm(value);
        int scheme = d.indexOf("://");
        if (scheme >= 0) d = d.substring(scheme + 3);
        int slash = d.indexOf('/');
        if (slash >= 0) d = d.substring(0, slash);
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    private static Set<String> lowerSet(List<String> values) {
        var set = new HashSet<String>();
        for (var v : values) if (v != null && !v.isBlank()) set.add(norm(v));
        return Set.copyOf(set);
    }

    private static Set<String> domainSet(List<String> values) {
        var set = new HashSet<String>();
        for (var v : values) if (v != null && !v.isBlank()) set.add(normDomain(v));
        return Set.copyOf(set);
    }

    record CompiledPersona(String name, String[] keywords, Set<String> seniorities) {
        static CompiledPersona of(Icp.Persona persona) {
            var keywords = persona.titleKeywords().stream()
                    .filter(k -> k != null && !k.isBlank()).map(CompiledIcp::norm).toArray(String[]::new);
            return new CompiledPersona(persona.name(), keywords, lowerSet(persona.seniorities()));
        }

        boolean matches(String lowerTitle, String lowerSeniority) {
            if (!seniorities.isEmpty() && !seniorities.contains(lowerSeniority)) return false;
            if (keywords.length == 0) return !seniorities.isEmpty();
            for (var k : keywords) if (lowerTitle.contains(k)) return true;
            return false;
        }
    }
}

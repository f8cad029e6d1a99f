package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.signals.Signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores an account 0..100 against one ICP version: firmographic fit (up to 50), signal strength
 * with time decay (up to 30) and semantic similarity (up to 20). Criteria that cannot be judged
 * — the ICP leaves them open, no contact was given for the persona, no similarity was computed —
 * drop out and the remaining maxima scale up to 100, so an open criterion neither rewards nor
 * punishes. Excluded accounts score 0 with the reason. Pure and thread-safe.
 */
public final class IcpScorer {
    public static final double INDUSTRY = 15;
    public static final double EMPLOYEES = 10;
    public static final double REGION = 10;
    public static final double TECHNOLOGIES = 10;
    public static final double PERSONA = 5;
    public static final double SIGNALS = 30;
    public static final double SEMANTIC = 20;
    static final String EXCLUSION = "exclusion";

    private final CompiledIcp icp;
    private final double accountFitMax;

    public IcpScorer(CompiledIcp icp) {
        this.icp = Objects.requireNonNull(icp, "icp");
        var raw = icp.icp();
        this.accountFitMax = (icp.industries().isEmpty() ? 0 : INDUSTRY)
                + (FitScoring.employeeRangeSet(raw) ? EMPLOYEES : 0)
                + (icp.regions().isEmpty() ? 0 : REGION)
                + (icp.technologies().isEmpty() ? 0 : TECHNOLOGIES);
    }

    public IcpScorer(Icp icp) {
        this(CompiledIcp.of(icp));
    }

    public CompiledIcp icp() {
        return icp;
    }

    /** Firmographic fit and signals only: the part a bulk re-score computes. */
    public Score score(Account account, List<Signal> signals, Instant now) {
        return score(account, null, signals, OptionalDouble.empty(), now);
    }

    /**
     * @param contact            the person to be contacted, for the persona match; null for an account-level score
     * @param semanticRelevance  0..1 from {@link SemanticSimilarity}; empty when not computed
     * @param now                the scoring time signal ages are measured from
     */
    public Score score(Account account, Contact contact, List<Signal> signals, OptionalDouble semanticRelevance,
                       Instant now) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(now, "now");
        var exclusion = exclusion(account);
        if (exclusion != null) {
            return new Score(account.id(), icp.version(), 0, 0, 0, 0,
                    List.of(new Score.Reason(EXCLUSION, exclusion, 0)));
        }
        boolean persona = contact != null && !icp.personas().isEmpty();
        boolean semantic = semanticRelevance != null && semanticRelevance.isPresent() && icp.hasDescription();
        double scale = 100.0 / (accountFitMax + (persona ? PERSONA : 0) + SIGNALS + (semantic ? SEMANTIC : 0));

        var reasons = new ArrayList<Score.Reason>(8);
        double fit = 0;
        if (!icp.industries().isEmpty()) fit += FitScoring.industry(icp, account, INDUSTRY * scale, reasons);
        if (FitScoring.employeeRangeSet(icp.icp())) {
            fit += FitScoring.employees(icp, account, EMPLOYEES * scale, reasons);
        }
        if (!icp.regions().isEmpty()) fit += FitScoring.region(icp, account, REGION * scale, reasons);
        if (!icp.technologies().isEmpty()) {
            fit += FitScoring.technologies(icp, account, TECHNOLOGIES * scale, reasons);
        }
        if (persona) fit += FitScoring.persona(icp, contact, PERSONA * scale, reasons);
        double signal = SignalScoring.score(icp, signals == null ? List.of() : signals, now, SIGNALS * scale, reasons);
        double semanticPoints = 0;
        if (semantic) {
            double relevance = Math.clamp(semanticRelevance.getAsDouble(), 0.0, 1.0);
            semanticPoints = SEMANTIC * scale * relevance;
            reasons.add(new Score.Reason("semantic", "Description similar to ICP (relevance "
                    + Points.twoDecimals(relevance) + "): " + Points.signed(semanticPoints), semanticPoints));
        }
        int total = (int) Math.clamp(Math.round(fit + signal + semanticPoints), 0, 100);
        return new Score(account.id(), icp.version(), total, fit, signal, semanticPoints, reasons);
    }

    /** True when the score reaches the ICP's minimum. */
    public boolean qualifies(Score score) {
        return score.total() >= icp.icp().minScore();
    }

    /** The exclusion text, or null when the account may be worked. */
    private String exclusion(Account account) {
        var domain = CompiledIcp.normDomain(account.domain());
        var name = CompiledIcp.norm(account.name());
        if (matches(icp.customers(), domain, name)) return "Existing customer " + domain + ": excluded";
        if (matches(icp.competitors(), domain, name)) return "Competitor " + domain + ": excluded";
        if (matches(icp.excludedDomains(), domain, null)) return "Domain " + domain + " is excluded";
        return null;
    }

    /** The domain, any parent domain of it (but not a bare TLD), or the company name. */
    private static boolean matches(Set<String> set, String domain, String name) {
        if (set.isEmpty()) return false;
        if (set.contains(domain) || (name != null && !name.isEmpty() && set.contains(name))) return true;
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
            var parent = domain.substring(dot + 1);
            if (parent.indexOf('.') < 0) break;
            if (set.contains(parent)) return true;
        }
        return false;
    }
}

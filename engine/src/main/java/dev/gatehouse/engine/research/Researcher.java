package dev.gatehouse.engine.research;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an account's stored signals into facts a writer may restate. Each signal fact keeps the
 * signal summary verbatim (so numbers and names stay exact) and the ids of every signal behind it.
 * Facts are ordered by strength (the kind's weight) decayed by age, so the newest strong signal
 * leads; near-duplicate signals (same kind, same numbers, mostly the same words) become one fact.
 */
public final class Researcher {
    private static final double DUPLICATE_SIMILARITY = 0.6;

    private final Map<SignalKind, Double> weights;
    private final Duration halfLife;

    public Researcher() {
        this(Icp.defaultWeights(), Duration.ofDays(30));
    }

    public Researcher(Map<SignalKind, Double> weights, Duration halfLife) {
        this.weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        this.halfLife = Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isZero() || halfLife.isNegative()) throw new IllegalArgumentException("halfLife must be positive");
    }

    public List<Fact> research(Account account, Contact contact, List<Signal> signals, Instant now) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(now, "now");
        var relevant = signals == null ? List.<Signal>of() : signals.stream()
                .filter(s -> s.accountId() == account.id())
                .filter(s -> s.contactId() == null || contact == null || s.contactId() == contact.id())
                .toList();
        var facts = new ArrayList<Fact>();
        for (var group : dedupe(rank(relevant, now))) {
            var lead = group.getFirst();
            facts.add(new Fact(topicOf(lead.kind()), Text.clean(lead.summary()), group.stream().map(Signal::id).toList()));
        }
        facts.addAll(companyFacts(account));
        return List.copyOf(facts);
    }

    /** Signals, strongest (kind weight decayed by age) first; ties go to the newer signal. */
    public List<Signal> rank(List<Signal> signals, Instant now) {
        return signals.stream()
                .sorted(Comparator.comparingDouble((Signal s) -> strength(s, now)).reversed()
                        .thenComparing(Signal::observedAt, Comparator.reverseOrder())
                        .thenComparing(Signal::id, Comparator.reverseOrder()))
                .toList();
    }

    public double strength(Signal signal, Instant now) {
        double ageDays = Math.max(0, Duration.between(signal.observedAt(), now).toMinutes() / 1440.0);
        double weight = weights.getOrDefault(signal.kind(), 0.3);
        return weight * Math.pow(0.5, ageDays / (halfLife.toMinutes() / 1440.0));
    }

    public static String topicOf(SignalKind kind) {
        return switch (kind) {
            case FUNDING -> "funding";
            case HIRING -> "hiring";
            case JOB_CHANGE -> "role";
            case PRODUCT_USAGE -> "usage";
            case SUPPORT_TICKET -> "support";
            case TECH_ADOPTION -> "tech";
            case NEWS -> "news";
            case INTENT -> "intent";
        };
    }

    /** Groups ranked signals; each group's first member is the strongest, the one a fact restates. */
    static List<List<Signal>> dedupe(List<Signal> ranked) {
        var groups = new ArrayList<List<Signal>>();
        for (var signal : ranked) {
            var home = groups.stream().filter(g -> nearDuplicate(g.getFirst(), signal)).findFirst();
            if (home.isPresent()) {
                home.get().add(signal);
            } else {
                var group = new ArrayList<Signal>();
                group.add(signal);
                groups.add(group);
            }
        }
        return List.copyOf(groups);
    }

    static boolean nearDuplicate(Signal a, Signal b) {
        if (a.kind() != b.kind()) return false;
        if (!Text.numbers(a.summary()).equals(Text.numbers(b.summary()))) return false;
        return Text.jaccard(Text.contentWords(a.summary()), Text.contentWords(b.summary())) >= DUPLICATE_SIMILARITY;
    }

    private static List<Fact> companyFacts(Account account) {
        var facts = new ArrayList<Fact>();
        if (notBlank(account.industry())) facts.add(company(account.name() + " is in " + account.industry() + "."));
        if (account.employees() != null) facts.add(company(account.name() + " has about " + account.employees() + " employees."));
        var where = notBlank(account.region()) ? account.region() : account.country();
        if (notBlank(where)) facts.add(company(account.name() + " is based in " + where + "."));
        if (!account.technologies().isEmpty()) {
            facts.add(company(account.name() + " uses " + String.join(", ", account.technologies()) + "."));
        }
        if (notBlank(account.description())) facts.add(company(Text.clean(account.description())));
        return facts;
    }

    private static Fact company(String statement) {
        return new Fact("company", statement, List.of());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

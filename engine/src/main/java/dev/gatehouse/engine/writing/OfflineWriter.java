package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.research.Researcher;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.Signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Writes grounded emails without a model. It only restates what it was given: signal summaries
 * (framed, never reworded inside), the value proposition, and at most one approved proof point,
 * verbatim. Feedback from a reviewer or the verifier removes the sentences it points at; the
 * draft is then tightened until it fits the word limit.
 */
public final class OfflineWriter implements Writer {
    public static final int FOLLOW_UP_MAX_WORDS = 80;
    private static final int MAX_FEEDBACK_PASSES = 8;

    private final Researcher researcher;

    public OfflineWriter() {
        this(new Researcher());
    }

    public OfflineWriter(Researcher researcher) {
        this.researcher = Objects.requireNonNull(researcher, "researcher");
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Draft write(WritingRequest request) {
        var ranked = ranked(request);
        boolean followUp = request.kind() != TouchKind.FIRST_EMAIL && !request.thread().isEmpty();
        int limit = followUp ? Math.min(FOLLOW_UP_MAX_WORDS, request.guardrails().maxWords()) : request.guardrails().maxWords();
        var banned = request.guardrails().bannedPhrases();
        var plan = narrowed(request, ranked, followUp, new FeedbackRules(request.feedback(), banned));
        if (!request.feedback().isEmpty() && plan.equals(narrowed(request, ranked, followUp, new FeedbackRules(List.of(), banned)))) {
            plan = plan.shifted(request.feedback().size()); // feedback that names no sentence: other words each round
        }
        var signature = signature(request);
        var greeting = Phrasings.greeting(request.contact());
        var composition = compose(request, ranked, plan, followUp);
        for (int level = plan.tighten() + 1; level <= Plan.MAX_TIGHTEN
                && Text.wordCount(composition.body(greeting, signature)) > limit; level++) {
            composition = compose(request, ranked, plan.tightened(level), followUp);
        }
        return new Draft(composition.subject(), composition.body(greeting, signature), composition.citedSignalIds(),
                name(), null);
    }

    /** The plan after removing, pass by pass, whatever the feedback (or a banned phrase) points at. */
    private static Plan narrowed(WritingRequest request, List<Signal> ranked, boolean followUp, FeedbackRules rules) {
        var plan = rules.wantsShorter() ? Plan.initial().tightened(2) : Plan.initial();
        for (int pass = 0; pass < MAX_FEEDBACK_PASSES; pass++) {
            var flagged = rules.flagged(compose(request, ranked, plan, followUp).parts(), pass == 0);
            var next = plan.without(flagged);
            if (next.equals(plan)) break;
            plan = next;
        }
        return plan;
    }

    private static Composition compose(WritingRequest request, List<Signal> ranked, Plan plan, boolean followUp) {
        return followUp ? FollowUp.compose(request, ranked, plan) : FirstTouch.compose(request, ranked, plan);
    }

    /** The sign-off: the playbook's signature, else the sender's name, else the product team. */
    public static String signature(WritingRequest request) {
        if (!request.guardrails().signature().isBlank()) return request.guardrails().signature().strip();
        if (!request.offer().senderName().isBlank()) return request.offer().senderName().strip();
        return "The " + request.offer().product() + " team";
    }

    /**
     * Signals in the order the research facts give (strongest first), then any signal the facts
     * do not mention, ranked the same way. Ranking order does not depend on the clock, so the
     * newest signal's time stands in for "now".
     */
    private List<Signal> ranked(WritingRequest request) {
        var byId = new HashMap<Long, Signal>();
        request.signals().stream().filter(s -> s.accountId() == request.account().id())
                .filter(s -> s.contactId() == null || s.contactId() == request.contact().id())
                .forEach(s -> byId.put(s.id(), s));
        var ordered = new LinkedHashSet<Signal>();
        for (var fact : request.facts()) {
            if (!fact.signalIds().isEmpty() && byId.containsKey(fact.signalIds().getFirst())) {
                ordered.add(byId.get(fact.signalIds().getFirst()));
            }
        }
        var now = byId.values().stream().map(Signal::observedAt).max(Comparator.naturalOrder()).orElse(null);
        if (now != null) {
            var rest = new ArrayList<>(byId.values());
            ordered.addAll(researcher.rank(rest, now));
        }
        return List.copyOf(ordered);
    }
}

package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.audit.ProspectEvent;
import dev.gatehouse.engine.exceptions.ExceptionKind;
import dev.gatehouse.engine.review.ExceptionQueue;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.experiment.GateExperiment;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.research.ResearchCache;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.scoring.Score;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.scoring.SemanticSimilarity;
import dev.gatehouse.engine.scoring.Vectors;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.WritingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One signal's way through the middle of the flow: re-score the account (unless it has no company
 * data yet: then the signal waits, and an import of the data sends it through again), and if it qualifies
 * and nobody is being worked there yet, research, draft, verify and route it by the autonomy
 * policy. Each call is one durable job; running it twice for the same signal drafts once.
 */
public final class Pipeline {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final Set<TouchStatus> OPEN = Set.of(TouchStatus.PENDING_REVIEW, TouchStatus.BLOCKED,
            TouchStatus.APPROVED, TouchStatus.SENT);

    private final Stores stores;
    private final Embedder embedder;
    private final SemanticSimilarity semantic;
    private final ResearchCache research;
    private final TouchDrafting touches;
    private final ExceptionQueue exceptions;
    private final Guardrails guardrails;
    private final Clock clock;
    private final GateExperiment experiment;

    public Pipeline(Stores stores, Embedder embedder, ResearchCache research, TouchDrafting touches,
                    ReviewNotifier notifier, Guardrails guardrails, Clock clock) {
        this.stores = stores;
        this.embedder = embedder;
        this.semantic = new SemanticSimilarity(embedder);
        this.research = research;
        this.touches = touches;
        this.exceptions = new ExceptionQueue(stores, notifier, clock);
        this.guardrails = guardrails;
        this.clock = clock;
        this.experiment = new GateExperiment(stores, clock);
    }

    /** What happened to a signal, for logs, the demo and tests. */
    public sealed interface Outcome {
        record Drafted(long touchId, TouchStatus status, Score score) implements Outcome {
        }

        record Skipped(String why, Score score) implements Outcome {
        }
    }

    /**
     * Scores the signal's account and, if it may be worked, drafts for it at once, whatever the day's
     * plan says. The engine goes through {@link Backlog#onSignal} instead, which keeps to the budget.
     */
    public Outcome processSignal(long signalId) {
        var screened = screen(signalId);
        return screened instanceof Ready ready ? draftFirstTouch(ready.account(), ready.contact(), ready.offer(), ready.score())
                : (Outcome) screened;
    }

    /** An account that passed every check and may get a first email, with what it is drafted from. */
    record Ready(Account account, Contact contact, dev.gatehouse.engine.writing.Offer offer, Score score) {
    }

    /** Re-scores the signal's account, then either says why it is not worked or that it is {@link Ready}. */
    Object screen(long signalId) {
        var signal = stores.signals().byId(signalId).orElse(null);
        if (signal == null) return new Outcome.Skipped("signal " + signalId + " no longer exists", null);
        var account = stores.accounts().account(signal.accountId()).orElseThrow();
        if (!account.hasCompanyData()) {
            var why = account.domain() + " has no company data yet, so it is not scored; it will be once it has: "
                    + Account.HOW_TO_ADD_COMPANY_DATA;
            log.info("Signal {} waits: {}", signalId, why);
            return new Outcome.Skipped(why, null);
        }
        var icp = stores.playbook().currentIcp();
        if (icp.isEmpty()) return new Outcome.Skipped("no ICP set yet: a manager sets it with /icp", null);
        var scorer = new IcpScorer(icp.get().value());
        var contact = pickContact(account, signal.contactId(), scorer);
        var score = rescore(account, contact.orElse(null), scorer);
        if (!scorer.qualifies(score)) {
            var why = score.reasons().stream().filter(r -> r.part().equals("exclusion")).findFirst()
                    .map(r -> "excluded by the ICP: " + r.text())
                    .orElse("score " + score.total() + " is below the ICP minimum of " + scorer.icp().icp().minScore());
            return new Outcome.Skipped(why, score);
        }
        return workable(account, contact, score);
    }

    /**
     * Drafts the first email for an account the day's plan claimed (its review goes to whoever the
     * claim routed it to: {@link Stores#reviewItem}).
     */
    Outcome draftClaimed(long accountId) {
        var account = stores.accounts().account(accountId).orElseThrow();
        var icp = stores.playbook().currentIcp();
        var score = stores.scores().find(accountId).orElse(null);
        if (icp.isEmpty() || score == null) return new Outcome.Skipped("not scored against an ICP", score);
        var scorer = new IcpScorer(icp.get().value());
        var newest = stores.signals().forAccount(accountId).stream().filter(s -> s.contactId() != null)
                .max(java.util.Comparator.comparing(dev.gatehouse.engine.signals.Signal::observedAt));
        var contact = pickContact(account, newest.map(dev.gatehouse.engine.signals.Signal::contactId).orElse(null), scorer);
        var checked = workable(account, contact, score);
        if (!(checked instanceof Ready ready)) return (Outcome) checked;
        return draftFirstTouch(account, ready.contact(), ready.offer(), score);
    }

    /** The checks after scoring: someone to write to, not suppressed, one conversation per account, policy, an offer. */
    private Object workable(Account account, Optional<Contact> contact, Score score) {
        if (contact.isEmpty()) {
            var why = account.name() + " scores " + score.total() + " but has no contact to write to; add one to work it";
            var raised = exceptions.raise(ExceptionKind.NO_CONTACT, "account", Long.toString(account.id()), account.id(),
                    account.ownerSlackId(), why);
            if (raised.isPresent()) stores.audit().append(new ProspectEvent.NoContact(account.id(), why));
            return new Outcome.Skipped(why, score);
        }
        if (stores.suppressions().isSuppressed(contact.get().email())) {
            return new Outcome.Skipped(contact.get().email() + " is suppressed", score);
        }
        // one conversation per account at a time: two people at one company never get parallel cold emails
        var open = stores.touches().forAccount(account.id()).stream().filter(t -> OPEN.contains(t.status())).findFirst();
        if (open.isPresent()) {
            return new Outcome.Skipped(account.name() + " is already being worked (touch #" + open.get().id() + ")", score);
        }
        if (stores.playbook().autonomy(ActionType.FIRST_EMAIL) == AutonomyLevel.OFF_LIMITS) {
            return new Outcome.Skipped("first emails are off limits by policy", score);
        }
        var offer = stores.playbook().currentOffer();
        if (offer.isEmpty()) return new Outcome.Skipped("no offer set yet: a manager sets it with /offer", score);
        return new Ready(account, contact.get(), offer.get().value(), score);
    }

    /** Recomputes and stores one account's score: the incremental re-score a new signal triggers. */
    public Score rescore(Account account, Contact contact, IcpScorer scorer) {
        return rescore(stores, account, contact, scorer);
    }

    /** The same on {@code s} (a transaction a re-score of many accounts shares). */
    Score rescore(Stores s, Account account, Contact contact, IcpScorer scorer) {
        var signals = s.signals().forAccount(account.id());
        var icp = scorer.icp().icp();
        OptionalDouble relevance = icp.description().isBlank() ? OptionalDouble.empty()
                : OptionalDouble.of(relevance(account, icp.description()));
        var score = scorer.score(account, contact, signals, relevance, clock.instant());
        s.scores().save(score);
        return score;
    }

    /** Semantic relevance, with the account's vector kept in PostgreSQL so a restart does not recompute it. */
    private double relevance(Account account, String description) {
        var text = SemanticSimilarity.accountText(account);
        var hash = Vectors.textHash(text);
        var embeddings = stores.embeddings();
        var stored = embeddings.find(account.id(), embedder.modelName(), hash);
        stored.ifPresent(vector -> embedder.preload(hash, vector));
        var value = semantic.relevance(account, description);
        if (stored.isEmpty()) embeddings.save(account.id(), embedder.modelName(), hash, embedder.embed(text));
        return value;
    }

    private Outcome draftFirstTouch(Account account, Contact contact, dev.gatehouse.engine.writing.Offer offer, Score score) {
        var now = clock.instant();
        var signals = stores.signals().forAccount(account.id());
        var facts = research.research(account, contact, signals, now);
        var feedback = stores.decisions().rejectionFeedback(contact.id(), 3);
        var request = new WritingRequest(TouchKind.FIRST_EMAIL, 0, account, contact, facts, signals, offer,
                guardrails, List.of(), feedback);
        // the gate experiment, when running, decides copilot or supervised for this account's first email
        var level = experiment.firstEmailLevel(account.id(), stores.playbook().autonomy(ActionType.FIRST_EMAIL));
        var route = new TouchDrafting.Route.ByAutonomy(ActionType.FIRST_EMAIL, level);
        var drafted = touches.draft(request, null, route, Map.of(), TouchDrafting.Claim.ALWAYS).orElseThrow();
        return new Outcome.Drafted(drafted.touchId(), drafted.status(), score);
    }

    Optional<Contact> pickContact(Account account, Long signalContactId, IcpScorer scorer) {
        if (signalContactId != null) return stores.accounts().contact(signalContactId);
        var contacts = stores.accounts().contacts(account.id());
        var personas = scorer.icp().icp().personas();
        return contacts.stream()
                .filter(c -> c.title() != null && personas.stream().anyMatch(p -> p.titleKeywords().stream()
                        .anyMatch(k -> c.title().toLowerCase().contains(k.toLowerCase()))))
                .findFirst()
                .or(() -> contacts.stream().findFirst());
    }
}

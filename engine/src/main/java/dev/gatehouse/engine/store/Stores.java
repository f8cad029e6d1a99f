package dev.gatehouse.engine.store;

import dev.gatehouse.engine.delivery.OutboxMessage;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import org.jooq.DSLContext;

import java.util.Optional;
import java.util.function.Function;

/**
 * Every repository on one jOOQ context: the database's, or a transaction's. The context itself
 * stays in this package: outside it the schema is reached through these repositories only.
 */
public final class Stores {
    private final DSLContext dsl;
    private final AccountStore accounts;
    private final SignalStore signals;
    private final ScoreStore scores;
    private final TouchStore touches;
    private final DecisionStore decisions;
    private final OutboxStore outbox;
    private final AuditStore audit;
    private final SuppressionStore suppressions;
    private final PlaybookStore playbook;
    private final SlackEventStore slackEvents;
    private final EmbeddingStore embeddings;
    private final FollowUpStore followUps;
    private final ReplyStore replies;
    private final MeetingStore meetings;
    private final GoalStore goals;
    private final CursorStore cursor;
    private final UsageStore usage;
    private final InboxStore inbox;
    private final SampleStore samples;
    private final ExceptionStore exceptions;
    private final OutcomeStore outcomes;
    private final ExperimentStore experiments;
    private final ReportStore reports;
    private final CustomerStore customers;
    private final CustomerAlertStore customerAlerts;
    private final PlanStore plan;

    private Stores(DSLContext dsl) {
        this.dsl = dsl;
        this.accounts = new AccountStore(dsl);
        this.signals = new SignalStore(dsl);
        this.scores = new ScoreStore(dsl);
        this.touches = new TouchStore(dsl);
        this.decisions = new DecisionStore(dsl);
        this.outbox = new OutboxStore(dsl);
        this.audit = new AuditStore(dsl);
        this.suppressions = new SuppressionStore(dsl);
        this.playbook = new PlaybookStore(dsl);
        this.slackEvents = new SlackEventStore(dsl);
        this.embeddings = new EmbeddingStore(dsl);
        this.followUps = new FollowUpStore(dsl);
        this.replies = new ReplyStore(dsl);
        this.meetings = new MeetingStore(dsl);
        this.goals = new GoalStore(dsl);
        this.cursor = new CursorStore(dsl);
        this.usage = new UsageStore(dsl);
        this.inbox = new InboxStore(dsl);
        this.samples = new SampleStore(dsl);
        this.exceptions = new ExceptionStore(dsl);
        this.outcomes = new OutcomeStore(dsl);
        this.experiments = new ExperimentStore(dsl);
        this.reports = new ReportStore(dsl);
        this.customers = new CustomerStore(dsl);
        this.customerAlerts = new CustomerAlertStore(dsl);
        this.plan = new PlanStore(dsl);
    }

    static Stores on(DSLContext dsl) {
        return new Stores(dsl);
    }

    DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one transaction with stores bound to it. */
    public <T> T inTransaction(Function<Stores, T> work) {
        return dsl.transactionResult(tx -> work.apply(Stores.on(tx.dsl())));
    }

    /**
     * The review view of a touch: account, contact, score, cited signals, draft, verdict, decision.
     * The account's owner is whoever the daily plan routed the account's review to, when that was not the owner.
     */
    public Optional<ReviewItem> reviewItem(long touchId) {
        return touches.find(touchId).map(t -> {
            var owned = accounts.account(t.accountId()).orElseThrow();
            var account = plan.reviewer(t.accountId()).filter(r -> !r.equals(owned.ownerSlackId())).map(owned::withOwner)
                    .orElse(owned);
            var contact = accounts.contact(t.contactId()).orElseThrow();
            var sendAt = outbox.forTouch(touchId).map(OutboxMessage::notBefore).orElse(null);
            return new ReviewItem(t.id(), t.kind(), t.status(), account, contact,
                    scores.find(t.accountId()).orElse(null), signals.byIds(t.draft().citedSignalIds()), t.draft(),
                    t.verification(), decisions.latest(touchId, sendAt).orElse(null), t.createdAt(),
                    t.slackMessage().orElse(null), samples.find(touchId).orElse(null));
        });
    }

    public AccountStore accounts() {
        return accounts;
    }

    public SignalStore signals() {
        return signals;
    }

    public ScoreStore scores() {
        return scores;
    }

    public TouchStore touches() {
        return touches;
    }

    public DecisionStore decisions() {
        return decisions;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    public AuditStore audit() {
        return audit;
    }

    public SuppressionStore suppressions() {
        return suppressions;
    }

    public PlaybookStore playbook() {
        return playbook;
    }

    public SlackEventStore slackEvents() {
        return slackEvents;
    }

    public EmbeddingStore embeddings() {
        return embeddings;
    }

    public FollowUpStore followUps() {
        return followUps;
    }

    public ReplyStore replies() {
        return replies;
    }

    public MeetingStore meetings() {
        return meetings;
    }

    public GoalStore goals() {
        return goals;
    }

    public CursorStore cursor() {
        return cursor;
    }

    public UsageStore usage() {
        return usage;
    }

    public InboxStore inbox() {
        return inbox;
    }

    public SampleStore samples() {
        return samples;
    }

    public ExceptionStore exceptions() {
        return exceptions;
    }

    public OutcomeStore outcomes() {
        return outcomes;
    }

    public ExperimentStore experiments() {
        return experiments;
    }

    /** The read-only aggregates behind the funnel, the gate's numbers, cost and the experiment. */
    public ReportStore reports() {
        return reports;
    }

    /** Demo only: made-up history on this context (see {@link SimulatedHistory}). */
    public SimulatedHistory simulatedHistory(long seed) {
        return new SimulatedHistory(dsl, seed);
    }

    public CustomerStore customers() {
        return customers;
    }

    public CustomerAlertStore customerAlerts() {
        return customerAlerts;
    }

    /** The scored backlog, the daily plan's claims on it and the re-score runs. */
    public PlanStore plan() {
        return plan;
    }
}

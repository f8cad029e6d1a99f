package dev.gatehouse.engine;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.engine.ai.ClaimJudge;
import dev.gatehouse.engine.delivery.MailTransport;
import dev.gatehouse.engine.sending.OutboxDispatch;
import dev.gatehouse.engine.delivery.SendPlanner;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.sending.BounceWatch;
import dev.gatehouse.engine.review.ReviewReminders;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.jobs.JobHandlers;
import dev.gatehouse.engine.jobs.Jobs;
import dev.gatehouse.engine.metrics.DomainMeters;
import dev.gatehouse.engine.metrics.SchedulerMeters;
import dev.gatehouse.engine.pipeline.DraftStep;
import dev.gatehouse.engine.sending.DurableSends;
import dev.gatehouse.engine.pipeline.GroundsLookup;
import dev.gatehouse.engine.pipeline.Pipeline;
import dev.gatehouse.engine.research.ResearchCache;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.pipeline.SignalIngest;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.UsageStore;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.writing.Writer;

import dev.gatehouse.engine.briefs.BriefBuilder;
import dev.gatehouse.engine.briefs.BriefPublisher;
import dev.gatehouse.engine.briefs.Briefs;
import dev.gatehouse.engine.briefs.MeetingBooking;
import dev.gatehouse.engine.briefs.MeetingOutcomes;
import dev.gatehouse.engine.followups.FollowUpPlanner;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.inbound.Escalations;
import dev.gatehouse.engine.inbound.InboundProcessor;
import dev.gatehouse.engine.inbound.ReplyActions;
import dev.gatehouse.engine.inbound.ReplyDesk;
import dev.gatehouse.engine.inbound.ReplyNotifier;
import dev.gatehouse.engine.inbound.ReplyProposals;
import dev.gatehouse.engine.jobs.MailboxPolling;
import dev.gatehouse.engine.jobs.MailboxWatch;
import dev.gatehouse.engine.inbox.InboundEmails;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.InboxKind;
import dev.gatehouse.engine.store.InboxStore;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.store.CursorStore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The engine facade: domain records in, domain records out, no Slack types. It owns the stores,
 * the pipeline, the human gate and the durable jobs that connect them.
 */
public final class Engine implements AutoCloseable {
    private final Stores stores;
    private final Jobs jobs;
    private final Pipeline pipeline;
    private final ReviewService review;
    private final SignalIngest ingest;
    private final OutboxDispatch dispatch;
    private final ReviewReminders reminders;
    private final BounceWatch bounces;
    private final FollowUps followUps;
    private final MeetingBooking meetings;
    private final InboundProcessor inbound;
    private final ReplyDesk replyDesk;
    private final MeetingOutcomes meetingOutcomes;
    private final Inbox inbox;
    private final Optional<MailboxPolling> mailbox;
    private final Optional<MailboxWatch> watch;
    private final DomainMeters domainMeters;
    private final Clock clock;

    /** The models the engine uses: a writer (LLM or offline), an optional claim judge, an embedder. */
    public record Models(Writer writer, ClaimJudge judge, Embedder embedder) {
    }

    /**
     * The reply side: how replies are triaged, who hears about escalations, handled replies and
     * meeting briefs, the follow-up cadence, and the mailbox to poll (empty without IMAP).
     */
    public record Replies(ReplyTriage triage, Escalations escalations, ReplyNotifier notices, BriefPublisher briefs,
                          FollowUpPlanner cadence, Optional<ImapPoller> mailbox) {
    }

    public Engine(EngineSettings settings, Database database, Models models, Replies replies, MailTransport transport,
                  ReviewNotifier notifier, Clock clock) {
        this(settings, database, models, replies, transport, notifier, clock, new CompositeMeterRegistry());
    }

    /** With the domain, job and research-cache meters registered in {@code meters}. */
    public Engine(EngineSettings settings, Database database, Models models, Replies replies, MailTransport transport,
                  ReviewNotifier notifier, Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.stores = Stores.on(database.dsl());
        this.domainMeters = new DomainMeters(stores, new UsageStore(database.dsl()), clock, meters,
                settings.metricsRefresh());
        this.jobs = new Jobs(database.dataSource(), settings.jobPolling(), settings.sweepInterval(),
                new SchedulerMeters(meters));
        var sends = new DurableSends(stores, new SendPlanner(settings.deliverability(), clock, new SecureRandom()), jobs,
                settings.fromAddress(), clock);
        this.bounces = new BounceWatch(stores, settings.deliverability().breaker(), sends::mailboxState, notifier, clock);
        var drafting = new DraftStep(models.writer(), new Verifier(), new GuardrailCheck(), models.judge(),
                settings.maxRewrites());
        var grounds = new GroundsLookup(stores, settings.guardrails());
        this.review = new ReviewService(stores, (id, subject, body) -> grounds.recheck(drafting, id, subject, body),
                sends, notifier, clock, settings.fromAddress());
        this.pipeline = new Pipeline(stores, models.embedder(),
                new ResearchCache(settings.researchTtl(), Ticker.systemTicker(), meters), drafting, review, notifier,
                settings.guardrails(), clock);
        this.ingest = new SignalIngest(stores, jobs::processSignalLater);
        this.dispatch = new OutboxDispatch(stores, transport, notifier, clock, jobs::sendAt);
        this.followUps = new FollowUps(stores, drafting, review, notifier, settings.guardrails(), replies.cadence(),
                jobs::draftFollowUpAt, clock);
        var briefBuilder = new BriefBuilder(stores, clock);
        var briefs = new Briefs(stores, briefBuilder, replies.briefs(), clock);
        this.meetingOutcomes = new MeetingOutcomes(stores, briefBuilder, clock);
        this.meetings = new MeetingBooking(stores, followUps, briefs);
        var proposals = new ReplyProposals(stores, drafting, notifier, settings.guardrails());
        this.replyDesk = new ReplyDesk(stores, proposals, clock);
        var actions = new ReplyActions(stores, followUps, proposals, replies.escalations(), briefs::publish);
        this.inbound = new InboundProcessor(stores, replies.triage(), actions, replies.notices());
        this.inbox = new Inbox(new InboxStore(database.dsl()), settings.inbox(), clock)
                .handle(InboxKind.INBOUND_EMAIL, new InboundEmails(inbound));
        this.mailbox = replies.mailbox().map(poller -> new MailboxPolling(poller, new CursorStore(database.dsl()),
                inbound::process));
        this.watch = replies.mailbox().flatMap(poller -> mailbox.map(polling -> new MailboxWatch(poller, polling,
                Duration.ofMinutes(9))));
        this.reminders = new ReviewReminders(stores, notifier, settings.reviewReminderAfter(), clock);
    }

    /**
     * Starts the durable job runner, the mailbox watch and the metrics refresh; until then signals
     * and approvals only queue work.
     */
    public Engine start() {
        domainMeters.start();
        inbox.start();
        watch.ifPresent(MailboxWatch::start);
        jobs.start(new JobHandlers() {
            public void processSignal(long signalId) {
                pipeline.processSignal(signalId);
            }

            public void sendOutbox(long outboxId) {
                if (dispatch.dispatch(outboxId) == OutboxDispatch.Result.SENT) {
                    stores.outbox().byId(outboxId).ifPresent(m -> followUps.onSent(m.touchId()));
                }
            }

            public void draftFollowUp(long threadTouchId, int step) {
                followUps.draftDue(threadTouchId, step);
            }

            public void sweep() {
                Engine.this.sweep();
            }

            public void pollMailbox() {
                mailbox.ifPresent(MailboxPolling::pollOnce);
            }
        });
        return this;
    }

    /**
     * One pass of the periodic sweep (stuck and due outbox rows, follow-ups, review reminders, the
     * bounce breaker), as
     * the durable job runs it every {@code GATEHOUSE_SWEEP_SECONDS}; callable on demand.
     */
    public void sweep() {
        var now = clock.instant();
        stores.outbox().releaseStuck(now, Duration.ofMinutes(15));
        for (var id : stores.outbox().due(now, 500)) jobs.sendAt(id, now);
        followUps.sweep();
        reminders.run();
        bounces.run();
    }

    public Stores stores() {
        return stores;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public ReviewService review() {
        return review;
    }

    public SignalIngest ingest() {
        return ingest;
    }

    public OutboxDispatch dispatch() {
        return dispatch;
    }

    public InboundProcessor inbound() {
        return inbound;
    }

    public FollowUps followUps() {
        return followUps;
    }

    public MeetingBooking meetings() {
        return meetings;
    }

    /** What people do with handled replies: dismiss them, or write the answer (which goes to review). */
    public ReplyDesk replyDesk() {
        return replyDesk;
    }

    /** Where acknowledged requests are stored before they are processed. */
    public Inbox inbox() {
        return inbox;
    }

    public MeetingOutcomes meetingOutcomes() {
        return meetingOutcomes;
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        watch.ifPresent(MailboxWatch::close);
        inbox.close();
        jobs.close();
        domainMeters.close();
    }
}

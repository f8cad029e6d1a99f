package dev.gatehouse.engine;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.engine.briefs.BriefBuilder;
import dev.gatehouse.engine.briefs.BriefPublisher;
import dev.gatehouse.engine.briefs.Briefs;
import dev.gatehouse.engine.briefs.MeetingBooking;
import dev.gatehouse.engine.briefs.MeetingOutcomes;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customersuccess.AnomalyWatch;
import dev.gatehouse.engine.customersuccess.CustomerDrafts;
import dev.gatehouse.engine.customersuccess.CustomerPosts;
import dev.gatehouse.engine.customersuccess.EscalationWatch;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.experiment.GateExperiment;
import dev.gatehouse.engine.delivery.MailTransport;
import dev.gatehouse.engine.delivery.SendPlanner;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.inbound.Escalations;
import dev.gatehouse.engine.inbound.InboundProcessor;
import dev.gatehouse.engine.inbound.ReplyActions;
import dev.gatehouse.engine.inbound.ReplyDesk;
import dev.gatehouse.engine.inbound.ReplyNotifier;
import dev.gatehouse.engine.inbound.ReplyProposals;
import dev.gatehouse.engine.jobs.JobHandlers;
import dev.gatehouse.engine.jobs.Jobs;
import dev.gatehouse.engine.jobs.MailboxPolling;
import dev.gatehouse.engine.jobs.MailboxWatch;
import dev.gatehouse.engine.metrics.DomainMeters;
import dev.gatehouse.engine.metrics.ReportMeters;
import dev.gatehouse.engine.metrics.SchedulerMeters;
import dev.gatehouse.engine.pipeline.Backlog;
import dev.gatehouse.engine.pipeline.DraftStep;
import dev.gatehouse.engine.pipeline.Rescorer;
import dev.gatehouse.engine.plan.RescoreProgress;
import dev.gatehouse.engine.plan.RescoreRun;
import dev.gatehouse.engine.pipeline.SentToday;
import dev.gatehouse.engine.pipeline.GroundsLookup;
import dev.gatehouse.engine.pipeline.Pipeline;
import dev.gatehouse.engine.pipeline.SignalIngest;
import dev.gatehouse.engine.pipeline.TouchDrafting;
import dev.gatehouse.engine.inbox.InboundEmails;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.InboxKind;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.replies.ingest.MimeParser;
import dev.gatehouse.engine.research.ResearchCache;
import dev.gatehouse.engine.review.RecordingNotifier;
import dev.gatehouse.engine.review.PendingPosts;
import dev.gatehouse.engine.review.ReviewReminders;
import dev.gatehouse.engine.review.ExceptionQueue;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.supervision.SampleReviews;
import dev.gatehouse.engine.supervision.SupervisedSampling;
import dev.gatehouse.engine.sending.BounceWatch;
import dev.gatehouse.engine.sending.DurableSends;
import dev.gatehouse.engine.sending.ImapSentFolder;
import dev.gatehouse.engine.sending.OutboxDispatch;
import dev.gatehouse.engine.sending.SendLeases;
import dev.gatehouse.engine.sending.SendRecovery;
import dev.gatehouse.engine.sending.SentFolder;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.verify.Verifier;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine: its use cases take and return domain records, and no Slack type. It owns its
 * database, the pipeline, the human gate and the durable jobs that connect them; the host
 * supplies the {@link Ports} it speaks through.
 */
public final class Engine implements AutoCloseable {
    private final Database database;
    private final Stores stores;
    private final Jobs jobs;
    private final Pipeline pipeline;
    private final OutboxDispatch dispatch;
    private final SendLeases sendLeases;
    private final SendRecovery sendRecovery;
    private final ReviewReminders reminders;
    private final PendingPosts pendingPosts;
    private final BounceWatch bounces;
    private final FollowUps followUps;
    private final Inbox inbox;
    private final Optional<MailboxWatch> watch;
    private final DomainMeters domainMeters;
    private final Clock clock;
    private final Reviews reviews;
    private final Playbook playbook;
    private final Signals signals;
    private final Snapshots snapshots;
    private final Unsubscribes unsubscribes;
    private final Refusals refusals;
    private final Workspace workspace;
    private final ReplyDesk replyDesk;
    private final MeetingBooking meetings;
    private final MeetingOutcomes meetingOutcomes;
    private final InboundProcessor inbound;
    private final SampleReviews samples;
    private final ExceptionQueue exceptions;
    private final Outcomes outcomes;
    private final GateExperiment experiment;
    private final Reports reports;
    private final FixedCosts fixedCosts;
    private final Audits audits;
    private final ReportMeters reportMeters;
    private final java.util.concurrent.atomic.AtomicReference<DigestPublisher> digests =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final Customers customers;
    private final Backlog backlog;
    private final Rescorer rescorer;
    private final Plans plans;

    /**
     * What the host supplies: where review messages, reply notices, escalations and meeting briefs
     * go, how mail leaves, and the in-process embedding model (heavy: load it once per process).
     */
    public record Ports(ReviewNotifier reviews, ReplyNotifier replies, Escalations escalations, BriefPublisher briefs,
                        MailTransport transport, EmbeddingModel embeddings, CustomerNotifier customers) {
        /** Without after-the-sale messages (they are posted nowhere). */
        public Ports(ReviewNotifier reviews, ReplyNotifier replies, Escalations escalations, BriefPublisher briefs,
                     MailTransport transport, EmbeddingModel embeddings) {
            this(reviews, replies, escalations, briefs, transport, embeddings, CustomerNotifier.NONE);
        }

        public Ports {
            Objects.requireNonNull(customers, "customers");
            Objects.requireNonNull(reviews, "reviews");
            Objects.requireNonNull(replies, "replies");
            Objects.requireNonNull(escalations, "escalations");
            Objects.requireNonNull(briefs, "briefs");
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(embeddings, "embeddings");
        }
    }

    /** Opens (and migrates) the database and builds the engine on it; {@link #start()} sets it running. */
    public static Engine open(EngineConfig config, Ports ports, Clock clock) {
        return open(config, ports, clock, new CompositeMeterRegistry());
    }

    /** The same, with the pool, job, cache and {@code gatehouse_} domain meters registered in {@code meters}. */
    public static Engine open(EngineConfig config, Ports ports, Clock clock, MeterRegistry meters) {
        var database = Database.open(config.database(), meters);
        try {
            return new Engine(config, ports, database, clock, meters);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private Engine(EngineConfig config, Ports ports, Database database, Clock clock, MeterRegistry meters) {
        var settings = config.settings();
        this.database = database;
        this.clock = clock;
        this.stores = database.stores();
        var models = Models.forConfig(config.llm(), stores.usage(), ports.embeddings(), meters);
        ReviewNotifier notifier = new RecordingNotifier(ports.reviews(), stores);
        this.domainMeters = new DomainMeters(stores, stores.usage(), clock, meters, settings.metricsRefresh());
        this.jobs = new Jobs(database.dataSource(), settings.jobPolling(), settings.sweepInterval(),
                new SchedulerMeters(meters), settings.reports().teamZone());
        var sends = new DurableSends(stores, new SendPlanner(settings.deliverability(), clock, new SecureRandom()), jobs,
                settings.fromAddress(), clock);
        this.bounces = new BounceWatch(stores, settings.deliverability().breaker(), sends::mailboxState, notifier, clock);
        var drafting = new DraftStep(models.writer(), new Verifier(), new GuardrailCheck(), models.judge(),
                settings.maxRewrites(), new SentToday(stores, settings.deliverability().mailboxZone(), clock));
        var grounds = new GroundsLookup(stores, settings.guardrails());
        var sampling = new SupervisedSampling(stores, settings.supervision(), new SecureRandom());
        var review = new ReviewService(stores, (id, subject, body) -> grounds.recheck(drafting, id, subject, body),
                sends, notifier, clock, settings.fromAddress(), sampling);
        this.samples = new SampleReviews(stores, settings.supervision().breaker(), notifier, clock);
        var touches = new TouchDrafting(stores, drafting, review);
        this.pipeline = new Pipeline(stores, models.embedder(),
                new ResearchCache(settings.researchTtl(), Ticker.systemTicker(), meters), touches, notifier,
                settings.guardrails(), clock);
        this.sendLeases = new SendLeases(stores.outbox(), settings.sendLease());
        this.dispatch = new OutboxDispatch(stores, ports.transport(), notifier, clock, jobs::sendAt, sendLeases);
        this.followUps = new FollowUps(stores, touches, notifier, settings.guardrails(), config.cadence(),
                jobs::draftFollowUpAt, clock);
        var sentFolder = config.mail().flatMap(MailConfig::imap).<SentFolder>map(ImapSentFolder::new);
        this.sendRecovery = new SendRecovery(stores, sendLeases, sentFolder, dispatch, jobs::sendAt, followUps::onSent,
                clock, meters);
        var briefBuilder = new BriefBuilder(stores, clock);
        var briefs = new Briefs(stores, briefBuilder, ports.briefs(), clock);
        this.meetingOutcomes = new MeetingOutcomes(stores, briefBuilder, clock);
        this.meetings = new MeetingBooking(stores, followUps, briefs);
        var proposals = new ReplyProposals(stores, touches, settings.guardrails(), models.replies(),
                settings.maxRewrites());
        this.replyDesk = new ReplyDesk(stores, proposals, clock);
        var tokens = config.mail().map(m -> new UnsubscribeTokens(m.unsubscribeSecret(), clock));
        this.exceptions = review.exceptions();
        var customerEscalations = new EscalationWatch(stores, ports.customers(), config.customers().ackWindow(), clock);
        var actions = new ReplyActions(stores, followUps, proposals, ports.escalations(), meetings, tokens, exceptions,
                customerEscalations);
        this.inbound = new InboundProcessor(stores, models.triage(), actions, ports.replies());
        var poller = config.mail().flatMap(MailConfig::imap).map(imap -> new ImapPoller(imap, "INBOX", new MimeParser(clock)));
        this.inbox = new Inbox(stores.inbox(), settings.inbox(), clock)
                .handle(InboxKind.INBOUND_EMAIL, new InboundEmails(inbound));
        var mailbox = poller.map(p -> new MailboxPolling(p, stores.cursor(), inbound::process));
        this.watch = poller.flatMap(p -> mailbox.map(polling -> new MailboxWatch(p, polling, settings.imapCadence())));
        this.reminders = new ReviewReminders(stores, notifier, settings.reviewReminderAfter(), clock);
        this.reviews = new Reviews(stores, review);
        this.pendingPosts = review.posts();
        this.backlog = new Backlog(stores, pipeline, settings.plan(), clock);
        this.rescorer = new Rescorer(stores, pipeline, Rescorer.CHUNK);
        this.plans = new Plans(stores, backlog, settings.plan(), clock);
        this.playbook = new Playbook(stores, clock, settings.supervision(), this::requestRescore);
        this.signals = new Signals(stores, new SignalIngest(stores, jobs::processSignalLater), backlog);
        this.snapshots = new Snapshots(stores, reviews, clock);
        this.unsubscribes = new Unsubscribes(tokens, stores, followUps);
        this.refusals = new Refusals(stores);
        this.workspace = new Workspace(stores, database.dataSource(), jobs, null);
        this.outcomes = new Outcomes(stores, clock);
        this.experiment = new GateExperiment(stores, clock);
        this.reports = new Reports(stores, settings.reports(), clock);
        this.fixedCosts = new FixedCosts(stores, settings.reports().fixedMonthlyCost(), clock);
        this.audits = new Audits(stores);
        this.reportMeters = new ReportMeters(() -> reports.week(reports.thisWeek()), meters, settings.metricsRefresh());
        this.customers = new Customers(stores, new AnomalyWatch(stores, ports.customers(), clock),
                customerEscalations,
                new CustomerPosts(stores, ports.customers(), config.customers().renewalPackageDays(), clock),
                new CustomerDrafts(stores, touches, settings.guardrails(), CustomerDrafts.Policy.DEFAULT,
                        config.customers().renewalPackageDays(), clock), clock);
    }

    /**
     * Starts the durable job runner, the mailbox watch and the metrics refresh; until then signals
     * and approvals only queue work.
     */
    public Engine start() {
        domainMeters.start();
        reportMeters.start();
        inbox.start();
        watch.ifPresent(MailboxWatch::start);
        sendLeases.start();
        jobs.start(new JobHandlers() {
            public void processSignal(long signalId) {
                backlog.onSignal(signalId);
            }

            public void rescore(long runId) {
                rescorer.run(runId, RescoreProgress.NONE);
                backlog.fill();
            }

            public void fillPlan() {
                backlog.fill();
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
                watch.ifPresent(MailboxWatch::backupPoll);
            }

            public void weeklyDigest() {
                publishDigest();
            }
        });
        // after the jobs: a send it finds cut off is queued again through the running scheduler, at once
        sendRecovery.start();
        // samples and exceptions recorded but not posted before the last stop are posted now, not at the next sweep
        Thread.ofVirtual().name("pending-posts").start(this::postPending);
        return this;
    }

    /**
     * One pass of the periodic sweep (due outbox rows, follow-ups, review reminders, the bounce
     * breaker), as the durable job runs it every {@code GATEHOUSE_SWEEP_SECONDS}; callable on demand.
     * Sends cut off half-way are not its business: {@link SendRecovery} takes them over within seconds.
     */
    public void sweep() {
        var now = clock.instant();
        for (var id : stores.outbox().due(now, 500)) jobs.sendAt(id, now);
        followUps.sweep();
        reminders.run();
        pendingPosts.run();
        bounces.run();
        customers.sweep();
    }

    private void postPending() {
        try {
            pendingPosts.run();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Engine.class)
                    .warn("Could not post what was left unposted; the periodic sweep tries again: {}", e.toString());
        }
    }

    /** After the sale: customer data, health, anomalies, escalations. */
    public Customers customers() {
        return customers;
    }

    /**
     * Schedules a durable background re-score of every stale account (no score, another ICP version,
     * or a signal newer than its score), after which the day's plan is filled again; returns the run id.
     */
    public long requestRescore(String reason) {
        long runId = rescorer.open(reason);
        jobs.rescoreLater(runId);
        return runId;
    }

    /** The same re-score on the caller's thread (the command line), then a fill of the day's plan is queued. */
    public RescoreRun rescoreStale(String reason, RescoreProgress listener) {
        var run = rescorer.run(rescorer.open(reason), listener);
        jobs.fillPlanSoon();
        return run;
    }

    /** The latest re-score: why, how many accounts, how many done, when it started and ended. */
    public Optional<RescoreRun> rescoreProgress() {
        return stores.plan().latestRun();
    }

    /** Today's plan from the goal, and how the day goes. */
    public Plans plans() {
        return plans;
    }

    /** Fills what today's budget still allows from the backlog now, on the caller's thread (the demo; a job does it otherwise). */
    public Backlog.Fill fillPlan() {
        return backlog.fill();
    }

    /** Review items and the decisions on them: approve, edit, reject, undo. */
    public Reviews reviews() {
        return reviews;
    }

    /** The ICP, the offer, autonomy, goals and the sending kill switch. */
    /** Looks right / Flag on emails sent under supervised autonomy and sampled for review; the quality breaker. */
    public SampleReviews samples() {
        return samples;
    }

    /** The exceptions queue: take, snooze or dismiss what the pipeline left to a person; open counts for the plan. */
    public ExceptionQueue exceptions() {
        return exceptions;
    }

    public Playbook playbook() {
        return playbook;
    }

    public Signals signals() {
        return signals;
    }

    /** The home tab and {@code /pipeline}: where things stand. */
    public Snapshots snapshots() {
        return snapshots;
    }

    /** What people do with handled replies: dismiss them, or write the answer (which goes to review). */
    public ReplyDesk replies() {
        return replyDesk;
    }

    /** A meeting booked by hand: recorded, the contact's sequences stopped, the brief posted. */
    public MeetingBooking meetings() {
        return meetings;
    }

    /** Where acknowledged requests are stored before they are processed. */
    public Inbox inbox() {
        return inbox;
    }

    /** Whether a meeting was held or a no-show. */
    public MeetingOutcomes meetingOutcomes() {
        return meetingOutcomes;
    }

    /** One inbound email (IMAP or the inbound webhook): stored, triaged and acted on. */
    public InboundProcessor inbound() {
        return inbound;
    }

    /** Qualified opportunity or not, won or lost: versioned and audited; a CRM sync would call the same. */
    public Outcomes outcomes() {
        return outcomes;
    }

    /** The gate-on vs gate-off experiment a manager starts and stops. */
    public GateExperiment experiment() {
        return experiment;
    }

    /** The funnel, the gate's numbers, cost and the experiment's results, for any week. */
    public Reports reports() {
        return reports;
    }

    /** The fixed monthly cost a manager enters (audited), which reports add to model spend. */
    public FixedCosts fixedCosts() {
        return fixedCosts;
    }

    /** Recent decisions and setting changes, with before and after, for managers. */
    public Audits audits() {
        return audits;
    }

    /**
     * Where the weekly digest goes (Monday morning in the team's time zone, a durable recurring
     * job): without a publisher the job does nothing.
     */
    public void publishDigestsTo(DigestPublisher publisher) {
        digests.set(publisher);
    }

    /** Builds last week's digest and hands it to the publisher, as the Monday job does; false without one. */
    public boolean publishDigest() {
        var publisher = digests.get();
        if (publisher == null) return false;
        publishDigest(publisher);
        return true;
    }

    /** Builds last week's digest and hands it to {@code publisher} ({@code /digest}). */
    public void publishDigest(DigestPublisher publisher) {
        var lastWeek = reports.thisWeek().minusWeeks(1);
        publisher.publish(reports.week(lastWeek), reports.trend(lastWeek, 8), snapshots.standings(clock.instant()));
    }

    public Unsubscribes unsubscribes() {
        return unsubscribes;
    }

    public Refusals refusals() {
        return refusals;
    }

    /** Import, scoring and seeding on this engine's database. */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * Records an event id the first time it is delivered; false for a redelivery (Slack retries
     * an event it did not see acknowledged in time, with the same id).
     */
    public boolean firstDelivery(String eventId) {
        return stores.slackEvents().firstDelivery(eventId);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Stops the jobs, the mailbox watch and the metrics refresh, then closes the database. */
    @Override
    public void close() {
        watch.ifPresent(MailboxWatch::close);
        inbox.close();
        sendRecovery.close();
        jobs.close();
        sendLeases.close();
        domainMeters.close();
        reportMeters.close();
        database.close();
    }
}

package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.delivery.SuppressionReason;
import java.util.Optional;
import dev.gatehouse.engine.gate.ReviewMessage;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.research.ResearchCache;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One signal through score → research → draft → verify → route, on a real PostgreSQL. */
class PipelineTest {
    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

    private Stores stores;
    private final List<ReviewItem> posted = new ArrayList<>();
    private final List<String> exceptions = new ArrayList<>();
    private long accountId;
    private long contactId;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        stores.playbook().saveIcp(new Icp(0, List.of("logistics"), 50, 1000, List.of("EMEA"), List.of(),
                List.of(new Icp.Persona("finance", List.of("finance", "controller"), List.of())),
                new Icp.Exclusions(List.of("rival.example"), List.of(), List.of()), null, null, 40,
                "Mid-size logistics companies"), "U0MGR");
        stores.playbook().saveOffer(new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
                List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"), List.of("Harbor Freight Lines"),
                "Ari Lund", "Account Executive"), "U0MGR");
        accountId = stores.accounts().upsert(new Account(0, "northwind.example", "Northwind Freight", "logistics", 240,
                "EMEA", "DE", List.of(), "Freight forwarding", "U0REP"));
        contactId = stores.accounts().upsert(new Contact(0, accountId, "dana@northwind.example", "Dana", "Keller",
                "VP Finance", "vp", ZoneId.of("Europe/Berlin"), null));
    }

    private Pipeline pipeline(Writer writer) {
        return Pipelines.build(stores, writer, Clock.fixed(NOW, ZoneOffset.UTC), posted, exceptions);
    }

    private long signal(long account, String summary) {
        return stores.signals().insert(new Signal(0, account, null, SignalKind.FUNDING, summary,
                "https://news.example.com/" + summary.hashCode(), NOW.minus(Duration.ofDays(2))), "t:" + summary).orElseThrow();
    }

    @Test
    void a_qualifying_signal_becomes_a_verified_draft_that_cites_it() {
        var signalId = signal(accountId, "Northwind Freight raised a $20M Series B led by Harbor Ventures");

        var outcome = pipeline(new OfflineWriter()).processSignal(signalId);

        assertThat(outcome).isInstanceOfSatisfying(Pipeline.Outcome.Drafted.class,
                d -> assertThat(d.status()).isEqualTo(TouchStatus.PENDING_REVIEW));
        assertThat(posted).singleElement().satisfies(item -> {
            assertThat(item.signals()).extracting(Signal::id).contains(signalId);
            assertThat(item.draft().body()).contains("$20M Series B");
            assertThat(item.verification().passed()).isTrue();
            assertThat(item.score().total()).isGreaterThanOrEqualTo(40);
        });
        assertThat(stores.scores().find(accountId)).isPresent();
    }

    @Test
    void the_account_embedding_is_stored_with_its_text_hash_and_model() {
        pipeline(new OfflineWriter()).processSignal(signal(accountId, "Northwind Freight raised $20M"));

        var account = stores.accounts().account(accountId).orElseThrow();
        var hash = dev.gatehouse.engine.scoring.Vectors.textHash(
                dev.gatehouse.engine.scoring.SemanticSimilarity.accountText(account));
        assertThat(stores.embeddings().find(accountId, "flat", hash))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(1f, 0f));
    }

    @Test
    void a_second_signal_for_an_account_being_worked_drafts_nothing_new() {
        var p = pipeline(new OfflineWriter());
        p.processSignal(signal(accountId, "Northwind Freight raised a $20M Series B"));

        var second = p.processSignal(signal(accountId, "Northwind Freight opened a Rotterdam hub"));

        assertThat(second).isInstanceOf(Pipeline.Outcome.Skipped.class);
        assertThat(posted).hasSize(1);
    }

    @Test
    void a_signal_for_an_account_without_company_data_waits_unscored_and_says_how_to_add_it() {
        var bare = stores.accounts().upsert(new Account(0, "bare.example", "bare.example", null, null, null, null,
                List.of(), null, null));
        stores.accounts().upsert(new Contact(0, bare, "cfo@bare.example", "Kim", null, "CFO", null, null, null));

        var outcome = pipeline(new OfflineWriter()).processSignal(signal(bare, "Bare raised $5M"));

        assertThat(outcome).isInstanceOfSatisfying(Pipeline.Outcome.Skipped.class, s -> {
            assertThat(s.why()).contains("bare.example has no company data").contains("import accounts.csv");
            assertThat(s.score()).isNull();
        });
        assertThat(stores.scores().find(bare)).isEmpty();
        assertThat(posted).isEmpty();
        assertThat(stores.accounts().waitingForCompanyData(5).newest()).containsExactly("bare.example");
    }

    @Test
    void an_excluded_account_is_scored_zero_and_never_drafted() {
        var rival = stores.accounts().upsert(new Account(0, "rival.example", "Rival Logistics", "logistics", 300, "EMEA",
                "DE", List.of(), null, null));
        stores.accounts().upsert(new Contact(0, rival, "ceo@rival.example", "Sam", null, "CFO", null, null, null));

        var outcome = pipeline(new OfflineWriter()).processSignal(signal(rival, "Rival Logistics raised $5M"));

        assertThat(outcome).isInstanceOfSatisfying(Pipeline.Outcome.Skipped.class,
                s -> assertThat(s.score().total()).isZero());
        assertThat(posted).isEmpty();
    }

    @Test
    void a_suppressed_contact_is_not_drafted() {
        stores.suppressions().suppress("dana@northwind.example", SuppressionReason.UNSUBSCRIBE, "test");

        var outcome = pipeline(new OfflineWriter()).processSignal(signal(accountId, "Northwind Freight raised $20M"));

        assertThat(outcome).isInstanceOf(Pipeline.Outcome.Skipped.class);
        assertThat(posted).isEmpty();
    }

    @Test
    void a_qualifying_account_without_contacts_goes_to_the_exceptions_queue_once() {
        var lonely = stores.accounts().upsert(new Account(0, "lonely.example", "Lonely Logistics", "logistics", 300,
                "EMEA", "DE", List.of(), null, "U0REP"));
        var p = pipeline(new OfflineWriter());

        p.processSignal(signal(lonely, "Lonely Logistics raised a $9M Series A"));
        p.processSignal(signal(lonely, "Lonely Logistics is hiring a Controller"));

        assertThat(exceptions).singleElement().satisfies(e -> assertThat(e).contains("Lonely Logistics").contains("no contact"));
        assertThat(stores.audit().forSubject("account", lonely)).extracting(e -> e.action()).containsExactly("exception.no_contact");
    }

    @Test
    void the_writer_drafts_under_the_touch_id_the_draft_is_stored_with_so_model_usage_is_metered_per_touch() {
        var ids = new ArrayList<Long>();
        Writer recording = new Writer() {
            private final OfflineWriter offline = new OfflineWriter();

            public Draft write(WritingRequest request) {
                return offline.write(request);
            }

            public Draft write(WritingRequest request, Long touchId) {
                ids.add(touchId);
                return offline.write(request);
            }

            public String name() {
                return "offline";
            }
        };

        var outcome = pipeline(recording).processSignal(signal(accountId, "Northwind Freight raised a $20M Series B"));

        assertThat(ids).isNotEmpty().containsOnly(((Pipeline.Outcome.Drafted) outcome).touchId());
    }

    @Test
    void off_limits_first_emails_are_never_drafted() {
        stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.OFF_LIMITS, "U0MGR");

        var outcome = pipeline(new OfflineWriter()).processSignal(signal(accountId, "Northwind Freight raised $20M"));

        assertThat(outcome).isInstanceOf(Pipeline.Outcome.Skipped.class);
        assertThat(stores.touches().forAccount(accountId)).isEmpty();
    }

    @Test
    void supervised_first_emails_are_approved_by_the_system_and_queued() {
        stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, "U0MGR");

        var outcome = (Pipeline.Outcome.Drafted) pipeline(new OfflineWriter())
                .processSignal(signal(accountId, "Northwind Freight raised a $20M Series B"));

        assertThat(outcome.status()).isEqualTo(TouchStatus.APPROVED);
        assertThat(stores.outbox().forTouch(outcome.touchId())).isPresent();
        assertThat(stores.touches().find(outcome.touchId()).orElseThrow().decidedBy()).isEqualTo("gatehouse:supervised");
    }

    @Test
    void an_account_in_the_gate_off_arm_has_its_first_email_sent_without_waiting() {
        var experiment = new dev.gatehouse.engine.experiment.GateExperiment(stores, Clock.fixed(NOW, ZoneOffset.UTC));
        var started = (dev.gatehouse.engine.experiment.GateExperiment.Change.Started) experiment.start(20, "U0MGR");
        stores.experiments().assign(accountId, started.experiment().id(), "gate_off", NOW);

        var outcome = (Pipeline.Outcome.Drafted) pipeline(new OfflineWriter())
                .processSignal(signal(accountId, "Northwind Freight raised a $20M Series B"));

        assertThat(outcome.status()).isEqualTo(TouchStatus.APPROVED);
        assertThat(stores.touches().find(outcome.touchId()).orElseThrow().decidedBy()).isEqualTo("gatehouse:supervised");
    }

    @Test
    void an_account_in_the_gate_on_arm_waits_for_a_person_even_under_a_supervised_policy() {
        stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, "U0MGR");
        var experiment = new dev.gatehouse.engine.experiment.GateExperiment(stores, Clock.fixed(NOW, ZoneOffset.UTC));
        var started = (dev.gatehouse.engine.experiment.GateExperiment.Change.Started) experiment.start(20, "U0MGR");
        stores.experiments().assign(accountId, started.experiment().id(), "gate_on", NOW);

        var outcome = (Pipeline.Outcome.Drafted) pipeline(new OfflineWriter())
                .processSignal(signal(accountId, "Northwind Freight raised a $20M Series B"));

        assertThat(outcome.status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(posted).hasSize(1);
    }

    @Test
    void a_writer_that_keeps_inventing_is_rewritten_then_routed_to_a_person_as_blocked_with_reasons() {
        var calls = new ArrayList<WritingRequest>();
        Writer inventing = new Writer() {
            public Draft write(WritingRequest request) {
                calls.add(request);
                return new Draft("Quick idea", "Hi Dana,\n\nAcme Logistics cut close time by 70% with us.\n\nAri Lund",
                        List.of(), "test", null);
            }

            public String name() {
                return "test";
            }
        };

        var outcome = pipeline(inventing).processSignal(signal(accountId, "Northwind Freight raised $20M"));

        assertThat(outcome).isInstanceOfSatisfying(Pipeline.Outcome.Drafted.class,
                d -> assertThat(d.status()).isEqualTo(TouchStatus.BLOCKED));
        assertThat(calls).hasSize(3);
        assertThat(calls.get(1).feedback()).anySatisfy(f -> assertThat(f).contains("Acme"));
        assertThat(posted).singleElement().satisfies(item -> assertThat(item.verification().problems()).isNotEmpty());
        assertThat(stores.outbox().forTouch(((Pipeline.Outcome.Drafted) outcome).touchId())).isEmpty();
        var touchId = ((Pipeline.Outcome.Drafted) outcome).touchId();
        assertThat(stores.exceptions().find(dev.gatehouse.engine.exceptions.ExceptionKind.BLOCKED, "touch",
                Long.toString(touchId))).hasValueSatisfying(e -> assertThat(e.summary()).contains("still blocked")
                .contains("Acme"));
        assertThat(exceptions).singleElement().satisfies(e -> assertThat(e).contains("Touch #" + touchId));
    }
}

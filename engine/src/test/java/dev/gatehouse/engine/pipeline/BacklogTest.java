package dev.gatehouse.engine.pipeline;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.followups.MutableClock;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.plan.FunnelRates;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.plan.RescoreRun;
import dev.gatehouse.engine.playbook.GoalMetric;
import dev.gatehouse.engine.research.ResearchCache;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.OfflineWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily plan works the scored backlog on a real PostgreSQL, with a clock the test moves. */
class BacklogTest {
    private static final Instant MONDAY = Instant.parse("2026-11-16T08:00:00Z");
    /** 10 meetings Mon–Fri at 25 % reply × 50 % meeting = 80 first emails, 16 a day, ÷ 80 % approved = 20 accounts. */
    private static final FunnelRates STATED = new FunnelRates(0.25, 0.5, 0.5, 0.8);

    private final MutableClock clock = new MutableClock(MONDAY);
    private final List<ReviewItem> posted = Collections.synchronizedList(new ArrayList<>());
    private Stores stores;
    private Backlog backlog;
    private Rescorer rescorer;
    private Pipeline pipeline;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        stores.playbook().saveIcp(icp(List.of("EMEA")), "U0MGR");
        stores.playbook().saveOffer(new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
                List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"), List.of("Harbor Freight Lines"),
                "Ari Lund", "Account Executive"), "U0MGR");
        build(PlanSettings.DEFAULTS.withPriors(STATED));
    }

    private static Icp icp(List<String> regions) {
        return new Icp(0, List.of("logistics"), 50, 1000, regions, List.of(),
                List.of(new Icp.Persona("finance", List.of("finance", "controller"), List.of())),
                new Icp.Exclusions(List.of(), List.of(), List.of()), null, null, 20, "Mid-size logistics companies");
    }

    private void build(PlanSettings settings) {
        pipeline = Pipelines.build(stores, new OfflineWriter(), clock, posted, new ArrayList<>());
        backlog = new Backlog(stores, pipeline, settings, clock);
        rescorer = new Rescorer(stores, pipeline, 250);
    }

    /** {@code n} accounts, each with a finance contact and one signal; half in EMEA, signals of varied age. */
    private List<Long> seed(int n, String owner) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            var region = i % 2 == 0 ? "EMEA" : "NA";
            long id = stores.accounts().upsert(new Account(0, "a" + i + ".example", "Acct " + i, "logistics", 100 + i % 500,
                    region, "DE", List.of(), "Freight forwarding", owner));
            long contact = stores.accounts().upsert(new Contact(0, id, "cfo@a" + i + ".example", "Dana", "Keller" + i,
                    "VP Finance", "vp", ZoneId.of("UTC"), null));
            stores.signals().insert(new Signal(0, id, contact, i % 3 == 0 ? SignalKind.FUNDING : SignalKind.HIRING,
                    "Acct " + i + " is hiring " + (i % 40 + 1) + " drivers", "https://news.example.com/" + i,
                    MONDAY.minus(Duration.ofDays(i % 90))), "seed:" + i);
            ids.add(id);
        }
        return ids;
    }

    private RescoreRun importRescore() {
        return rescorer.run(rescorer.open("import"), run -> {
        });
    }

    private LocalDate day() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    private int version() {
        return stores.playbook().currentIcp().orElseThrow().version();
    }

    private List<Long> queue(int limit) {
        return stores.plan().backlog(day(), version(), 20, limit);
    }

    private int score(long accountId) {
        return stores.scores().find(accountId).orElseThrow().total();
    }

    private void weeklyMeetingsGoal() {
        stores.goals().add(GoalMetric.MEETINGS, 10, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20), "U0MGR");
    }

    @Test
    void a_goal_of_ten_meetings_with_stated_rates_gives_the_expected_daily_budget() {
        weeklyMeetingsGoal();

        var plan = backlog.plan();

        assertThat(plan.budget()).isEqualTo(20);
        assertThat(plan.firstEmailsPerDay()).isEqualTo(16);
        assertThat(plan.rates().observed()).isFalse();
    }

    @Test
    void a_thousand_signals_in_one_import_draft_the_budget_and_queue_the_rest_in_score_order() {
        weeklyMeetingsGoal();
        seed(1000, "U0REP");

        var run = importRescore();
        var fill = backlog.fill();

        assertThat(run.total()).isEqualTo(1000);
        assertThat(run.done()).isEqualTo(1000);
        assertThat(run.finished()).isPresent();
        assertThat(fill.drafted()).hasSize(20).allSatisfy((id, o) -> assertThat(o).isInstanceOf(Pipeline.Outcome.Drafted.class));
        assertThat(posted).hasSize(20);
        int lowestDrafted = fill.drafted().keySet().stream().mapToInt(this::score).min().orElseThrow();
        var queued = queue(2000);
        assertThat(queued).hasSize(stores.plan().queued(day(), version(), 20)).isNotEmpty();
        assertThat(queued).allSatisfy(id -> assertThat(score(id)).isLessThanOrEqualTo(lowestDrafted));
        assertThat(queued.stream().map(this::score).toList()).isSortedAccordingTo(Collections.reverseOrder());

        // a second fill the same day drafts nothing more
        assertThat(backlog.fill().drafted()).isEmpty();
        assertThat(posted).hasSize(20);
    }

    @Test
    void the_next_day_continues_from_the_queue() {
        weeklyMeetingsGoal();
        seed(300, "U0REP");
        importRescore();
        backlog.fill();
        var next = queue(100);

        clock.advance(Duration.ofDays(1));
        var tuesday = backlog.fill();

        // Tuesday: 10 more over 4 days = 80 emails, 20 a day, 25 accounts
        assertThat(tuesday.plan().budget()).isEqualTo(25);
        assertThat(List.copyOf(tuesday.drafted().keySet())).isEqualTo(next.subList(0, 25));
    }

    @Test
    void two_instances_filling_at_once_never_pass_the_budget() throws Exception {
        weeklyMeetingsGoal();
        seed(120, "U0REP");
        importRescore();
        var other = new Backlog(stores, pipeline, PlanSettings.DEFAULTS.withPriors(STATED), clock);

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(backlog::fill);
            var b = pool.submit(other::fill);
            assertThat(a.get().drafted().size() + b.get().drafted().size()).isEqualTo(20);
        }
        assertThat(posted).hasSize(20);
        assertThat(TestDatabase.count("select count(*) from touches")).isEqualTo(20);
    }

    @Test
    void a_signal_after_the_budget_is_spent_leaves_its_account_scored_and_queued() {
        weeklyMeetingsGoal();
        seed(40, "U0REP");
        importRescore();
        backlog.fill();
        long late = stores.accounts().upsert(new Account(0, "late.example", "Late Freight", "logistics", 200, "EMEA", "DE",
                List.of(), "Freight", "U0REP"));
        long contact = stores.accounts().upsert(new Contact(0, late, "cfo@late.example", "Lee", "Late", "VP Finance", "vp",
                ZoneId.of("UTC"), null));
        long signal = stores.signals().insert(new Signal(0, late, contact, SignalKind.FUNDING, "Late Freight raised $5M",
                "https://news.example.com/late", MONDAY), "late").orElseThrow();

        var outcome = backlog.onSignal(signal);

        assertThat(outcome).isInstanceOfSatisfying(Pipeline.Outcome.Skipped.class,
                s -> assertThat(s.why()).contains("queued", "today's budget of 20 accounts is spent"));
        assertThat(stores.scores().find(late)).isPresent();
        assertThat(queue(100)).contains(late);
        assertThat(posted).hasSize(20);
    }

    @Test
    void a_new_icp_rescores_every_account_and_reorders_the_queue() {
        weeklyMeetingsGoal();
        seed(200, "U0REP");
        importRescore();
        var before = queue(10);
        assertThat(before).allSatisfy(id -> assertThat(stores.accounts().account(id).orElseThrow().region()).isEqualTo("EMEA"));

        stores.playbook().saveIcp(icp(List.of("NA")), "U0MGR");
        assertThat(stores.plan().countStale(version())).isEqualTo(200);
        var run = importRescore();

        assertThat(run.done()).isEqualTo(200);
        assertThat(stores.plan().countStale(version())).isZero();
        var after = queue(10);
        assertThat(after).allSatisfy(id -> assertThat(stores.accounts().account(id).orElseThrow().region()).isEqualTo("NA"));
        assertThat(after.stream().map(this::score).toList()).isSortedAccordingTo(Collections.reverseOrder());
    }

    @Test
    void a_signal_newer_than_its_score_makes_the_account_stale_again() {
        var ids = seed(5, "U0REP");
        importRescore();
        assertThat(stores.plan().countStale(version())).isZero();

        stores.signals().insert(new Signal(0, ids.get(2), null, SignalKind.NEWS, "Acct 2 opened a depot",
                "https://news.example.com/depot", MONDAY), "depot");

        assertThat(stores.plan().stale(version(), 0, 10)).containsExactly(ids.get(2));
    }

    @Test
    void reviews_go_to_the_owner_until_their_cap_then_to_reviewers_with_room() {
        build(PlanSettings.DEFAULTS.withPriors(STATED).withReviewsPerRep(3));
        weeklyMeetingsGoal();
        seed(30, "U0ANA");
        stores.accounts().upsert(new Account(0, "other.example", "Other", "retail", 5, "APAC", "JP", List.of(), "Shop", "U0BEN"));
        importRescore();

        var fill = backlog.fill();

        // budget 20, but Ana and Ben may review 3 a day each
        assertThat(fill.drafted()).hasSize(6);
        assertThat(posted).extracting(item -> item.account().ownerSlackId()).containsOnly("U0ANA", "U0BEN");
        assertThat(posted).filteredOn(item -> item.account().ownerSlackId().equals("U0ANA")).hasSize(3);
        assertThat(stores.plan().queued(day(), version(), 20)).isEqualTo(30 - 6 - notQualifying());
    }

    private int notQualifying() {
        return (int) TestDatabase.count("select count(*) from scores where score < 20");
    }
}

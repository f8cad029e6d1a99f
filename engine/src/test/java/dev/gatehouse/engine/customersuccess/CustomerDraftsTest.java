package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerParser;
import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.inbound.InboundWorld;
import dev.gatehouse.engine.signals.FieldError;
import dev.gatehouse.engine.store.TouchRow;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.TouchKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customer-facing drafts on the review gate, on real PostgreSQL with a moved clock. */
class CustomerDraftsTest {
    private static final String DOMAIN = "acme-customer.example";
    private final InboundWorld world = new InboundWorld(reply -> {
        throw new AssertionError("no triage here");
    });
    private final CustomerDrafts drafts = new CustomerDrafts(world.stores, world.touches, Guardrails.DEFAULT,
            new CustomerDrafts.Policy(50, 90), 30, world.clock);

    /** A healthy small customer (steady usage, seats well used, a happy champion) renewing on the given day. */
    private void customer(String renewal) {
        customer(renewal, "20");
    }

    private void customer(String renewal, String seats) {
        var items = new ArrayList<Map<String, String>>();
        items.add(item("customer", "name", "Acme", "arr", "24000", "seats", seats, "renewal_date", renewal));
        items.add(item("contact", "contact_email", "dana@acme-customer.example", "first_name", "Dana", "role", "champion"));
        var start = LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC).minusWeeks(10);
        for (int i = 0; i <= 10; i++) {
            items.add(item("usage", "metric", "weekly_active_users", "value", "18", "period", start.plusWeeks(i).toString()));
            items.add(item("usage", "metric", "seats_used", "value", "19", "period", start.plusWeeks(i).toString()));
        }
        items.add(item("survey", "external_id", "s1", "survey", "nps", "score", "10", "contact_email",
                "dana@acme-customer.example", "observed_at", world.clock.instant().minusSeconds(86_400).toString()));
        var errors = new ArrayList<FieldError>();
        var inputs = new ArrayList<CustomerInput>();
        for (int i = 0; i < items.size(); i++) inputs.add(new CustomerParser().parse(i, items.get(i)::get, world.clock.instant(), errors));
        assertThat(errors).isEmpty();
        var changes = new CustomerIngest().store(world.stores, inputs);
        new HealthRecompute(world.stores).afterIngest(changes, CustomerInput.week(LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC)));
    }

    private static Map<String, String> item(String type, String... pairs) {
        var map = new HashMap<String, String>();
        map.put("type", type);
        map.put("account_domain", DOMAIN);
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return map;
    }

    private List<TouchRow> drafted(TouchKind kind) {
        var accountId = world.stores.customers().customer(DOMAIN).orElseThrow().accountId();
        return world.stores.touches().forAccount(accountId).stream().filter(t -> t.kind() == kind).toList();
    }

    private void at(String instant) {
        world.clock.set(Instant.parse(instant));
    }

    @Test
    void a_healthy_small_customer_gets_one_check_in_for_review_and_none_again_within_the_period() {
        customer("2027-09-01");
        var accountId = world.stores.customers().customer(DOMAIN).orElseThrow().accountId();
        assertThat(world.stores.customerAlerts().history(accountId).getLast().band()).isEqualTo(HealthBand.HEALTHY);

        drafts.sweep();
        drafts.sweep();

        var checkIns = drafted(TouchKind.CHECK_IN);
        assertThat(checkIns).hasSize(1);
        assertThat(checkIns.getFirst().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(checkIns.getFirst().draft().body()).contains("Hi Dana", "Acme").doesNotContainPattern("[0-9]");
        assertThat(world.ready).extracting(r -> r.touchId()).containsExactly(checkIns.getFirst().id());
        assertThat(world.sendsScheduled).isEmpty();

        world.clock.set(world.clock.instant().plus(java.time.Duration.ofDays(30)));
        drafts.sweep();
        assertThat(drafted(TouchKind.CHECK_IN)).hasSize(1);

        world.clock.set(world.clock.instant().plus(java.time.Duration.ofDays(61)));
        drafts.sweep();
        assertThat(drafted(TouchKind.CHECK_IN)).hasSize(2);
    }

    @Test
    void a_customer_above_the_seat_threshold_gets_no_templated_check_in() {
        customer("2027-09-01", "200");

        drafts.sweep();

        assertThat(drafted(TouchKind.CHECK_IN)).isEmpty();
    }

    @Test
    void a_supervised_check_in_is_approved_and_sent_without_waiting() {
        customer("2027-09-01");
        world.stores.playbook().setAutonomy(ActionType.CUSTOMER_CHECK_IN, AutonomyLevel.SUPERVISED, "U0MANAGER");

        drafts.sweep();

        assertThat(drafted(TouchKind.CHECK_IN)).singleElement().extracting(TouchRow::status).isEqualTo(TouchStatus.APPROVED);
        assertThat(world.sendsScheduled).hasSize(1);
    }

    @Test
    void renewal_outreach_is_drafted_overnight_with_the_package_window_and_waits_for_review() {
        at("2026-11-17T10:00:00Z");
        customer("2026-12-10");
        drafts.sweep();
        assertThat(drafted(TouchKind.RENEWAL_OUTREACH)).as("only overnight").isEmpty();

        at("2026-11-18T02:00:00Z");
        drafts.sweep();
        drafts.sweep();
        at("2026-11-19T02:00:00Z");
        drafts.sweep();

        var outreach = drafted(TouchKind.RENEWAL_OUTREACH);
        assertThat(outreach).singleElement().extracting(TouchRow::status).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(outreach.getFirst().draft().body()).contains("renewal for Acme").doesNotContainPattern("[0-9]");
    }

    @Test
    void off_limits_check_ins_and_renewal_outreach_draft_nothing() {
        at("2026-11-18T02:00:00Z");
        customer("2026-12-10");
        world.stores.playbook().setAutonomy(ActionType.CUSTOMER_CHECK_IN, AutonomyLevel.OFF_LIMITS, "U0MANAGER");
        world.stores.playbook().setAutonomy(ActionType.RENEWAL_OUTREACH, AutonomyLevel.OFF_LIMITS, "U0MANAGER");

        drafts.sweep();

        assertThat(drafted(TouchKind.CHECK_IN)).isEmpty();
        assertThat(drafted(TouchKind.RENEWAL_OUTREACH)).isEmpty();
        assertThat(world.ready).isEmpty();
    }

    @Test
    void signing_pricing_and_non_standard_terms_have_no_drafting_path() {
        customer("2027-09-01");
        var acme = world.stores.customers().customer(DOMAIN).orElseThrow();
        for (var type : List.of(ActionType.RENEWAL_SIGNING, ActionType.RENEWAL_PRICING, ActionType.NON_STANDARD_TERMS)) {
            assertThatThrownBy(() -> drafts.draft(type, acme, LocalDate.of(2026, 11, 16)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(type.wire());
        }
        assertThat(world.stores.touches().forAccount(acme.accountId())).isEmpty();
    }

    /** Two tickets this quarter (one solved, one open) beside the healthy usage. */
    private void tickets(String openSubject) {
        var opened = world.clock.instant().minusSeconds(20 * 86_400).toString();
        var items = List.of(item("ticket", "external_id", "T-1", "severity", "normal", "status", "solved", "subject",
                        "Login page slow", "observed_at", opened),
                item("ticket", "external_id", "T-2", "severity", "high", "status", "open", "subject", openSubject,
                        "observed_at", opened));
        var errors = new ArrayList<FieldError>();
        var inputs = new ArrayList<CustomerInput>();
        for (int i = 0; i < items.size(); i++) inputs.add(new CustomerParser().parse(i, items.get(i)::get, world.clock.instant(), errors));
        assertThat(errors).isEmpty();
        new CustomerIngest().store(world.stores, inputs);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void a_qbr_narrative_tells_the_usage_trend_outcomes_and_tickets_from_stored_rows_and_waits_for_review() {
        customer("2027-09-01");
        tickets("Export to CSV times out");
        var acme = world.stores.customers().customer(DOMAIN).orElseThrow();

        var drafted = drafts.draft(ActionType.QBR_NARRATIVE, acme, today());

        var touch = world.stores.touches().find(drafted.orElseThrow().touchId()).orElseThrow();
        assertThat(touch.kind()).isEqualTo(TouchKind.QBR_NARRATIVE);
        assertThat(touch.status()).as(String.valueOf(touch.verification())).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(touch.draft().body()).contains("Hi Dana", "Acme", "weekly active users averaged 18 a week over the last",
                "total over", "2 support tickets this quarter, 1 of them resolved", "Still open: Export to CSV times out (high)");
        assertThat(touch.draft().body()).as("internal numbers stay internal").doesNotContain("24000", "Health", "per seat");
        assertThat(world.ready).extracting(r -> r.touchId()).containsExactly(touch.id());
        assertThat(world.sendsScheduled).isEmpty();
        assertThat(drafts.draft(ActionType.QBR_NARRATIVE, acme, today())).as("once a day").isEmpty();
    }

    @Test
    void a_qbr_statement_whose_number_is_not_in_its_rows_is_left_out() {
        customer("2027-09-01");
        tickets("Export failed 37 times since Monday");
        var acme = world.stores.customers().customer(DOMAIN).orElseThrow();

        var touchId = drafts.draft(ActionType.QBR_NARRATIVE, acme, today()).orElseThrow().touchId();

        var body = world.stores.touches().find(touchId).orElseThrow().draft().body();
        assertThat(body).contains("2 support tickets this quarter").doesNotContain("37");
    }

    @Test
    void off_limits_qbr_narratives_draft_nothing() {
        customer("2027-09-01");
        world.stores.playbook().setAutonomy(ActionType.QBR_NARRATIVE, AutonomyLevel.OFF_LIMITS, "U0MANAGER");

        assertThat(drafts.draft(ActionType.QBR_NARRATIVE, world.stores.customers().customer(DOMAIN).orElseThrow(), today())).isEmpty();
        assertThat(drafted(TouchKind.QBR_NARRATIVE)).isEmpty();
    }
}

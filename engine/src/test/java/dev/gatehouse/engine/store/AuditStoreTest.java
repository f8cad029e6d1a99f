package dev.gatehouse.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.AuditEvent;
import dev.gatehouse.engine.audit.MeetingEvent;
import dev.gatehouse.engine.audit.PlaybookEvent;
import dev.gatehouse.engine.audit.ProspectEvent;
import dev.gatehouse.engine.audit.Refused;
import dev.gatehouse.engine.audit.ReplyEvent;
import dev.gatehouse.engine.audit.Subject;
import dev.gatehouse.engine.audit.TouchEvent;
import dev.gatehouse.engine.delivery.SuppressionReason;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.TouchKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each audit event is stored as the row the log has always held: actor, action, subject, JSON, detail. */
class AuditStoreTest {
    private static final Actor REP = new Actor.Person("U0REP");
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final TouchId TOUCH = new TouchId(7);
    private static final ReplyId REPLY = new ReplyId(7);
    private static final MeetingId MEETING = new MeetingId(7);
    private AuditStore audit;

    /** The row an event must become; JSON compared as JSON, null where the column is empty. */
    private record Row(AuditEvent event, String actor, String action, String type, String id, String before,
                       String after, String detail) {
    }

    @BeforeEach
    void setUp() {
        audit = Stores.on(TestDatabase.fresh().dsl()).audit();
    }

    @Test
    void every_touch_event_is_stored_as_its_row() {
        assertStored(List.of(
                new Row(new TouchEvent.Drafted(TOUCH, new TouchEvent.Drafting(TouchStatus.BLOCKED, TouchKind.FIRST_EMAIL, 0,
                        null, "offline", 2, Map.of()), "[unsupported]"), "gatehouse", "touch.drafted", "touch", "7", null,
                        "{\"status\":\"blocked\",\"kind\":\"first_email\",\"step\":0,\"writer\":\"offline\",\"attempts\":2}",
                        "[unsupported]"),
                new Row(new TouchEvent.Drafted(TOUCH, new TouchEvent.Drafting(TouchStatus.PENDING_REVIEW,
                        TouchKind.FOLLOW_UP, 2, new TouchId(3), "llm", 1, Map.of()), null), "gatehouse", "touch.drafted",
                        "touch", "7", null, "{\"status\":\"pending_review\",\"kind\":\"follow_up\",\"step\":2,\"thread\":3,"
                        + "\"writer\":\"llm\",\"attempts\":1}", null),
                new Row(new TouchEvent.Proposed(TOUCH, new TouchEvent.Drafting(TouchStatus.PENDING_REVIEW, TouchKind.REPLY, 1,
                        new TouchId(3), "person", 0, Map.of("reply_id", 4L, "written_by", "U0REP")), null), "gatehouse",
                        "touch.proposed", "touch", "7", null, "{\"reply_id\":4,\"written_by\":\"U0REP\",\"status\":"
                        + "\"pending_review\",\"kind\":\"reply\",\"step\":1,\"thread\":3,\"writer\":\"person\"}", null),
                new Row(new TouchEvent.Approved(REP, TOUCH, AT), "U0REP", "touch.approve", "touch", "7",
                        "{\"status\":\"pending_review\"}", "{\"status\":\"approved\",\"send_at\":\"2026-12-01T09:00:00Z\"}", null),
                new Row(new TouchEvent.Approved(new Actor.Gatehouse("supervised"), TOUCH, AT), "gatehouse:supervised",
                        "touch.approve", "touch", "7", "{\"status\":\"pending_review\"}",
                        "{\"status\":\"approved\",\"send_at\":\"2026-12-01T09:00:00Z\"}", null),
                new Row(new TouchEvent.Rejected(REP, TOUCH, TouchStatus.BLOCKED, RejectReason.WRONG_PERSON, "left in June"),
                        "U0REP", "touch.reject", "touch", "7", "{\"status\":\"blocked\"}",
                        "{\"status\":\"rejected\",\"reason\":\"" + RejectReason.WRONG_PERSON.wire() + "\"}", "left in June"),
                new Row(new TouchEvent.Undone(REP, TOUCH), "U0REP", "touch.undo", "touch", "7",
                        "{\"status\":\"approved\"}", "{\"status\":\"pending_review\"}", null),
                new Row(new TouchEvent.Edited(REP, TOUCH, "Old", "old body", "New", "new body", "[a claim]"), "U0REP",
                        "touch.edit", "touch", "7", "{\"subject\":\"Old\",\"body\":\"old body\"}",
                        "{\"subject\":\"New\",\"body\":\"new body\"}", "person confirmed unsupported claims: [a claim]"),
                new Row(new TouchEvent.Edited(REP, TOUCH, "Old", "old body", "New", "new body", null), "U0REP",
                        "touch.edit", "touch", "7", "{\"subject\":\"Old\",\"body\":\"old body\"}",
                        "{\"subject\":\"New\",\"body\":\"new body\"}", null),
                new Row(new TouchEvent.Reminded(TOUCH, AT, Instant.parse("2026-11-28T09:00:00Z")), "gatehouse",
                        "touch.reminded", "touch", "7", null, "{\"reminded_at\":\"2026-12-01T09:00:00Z\"}",
                        "waiting since 2026-11-28T09:00:00Z"),
                new Row(new TouchEvent.Sent(TOUCH, "<t7@example.com>"), "gatehouse", "outbox.sent", "touch", "7", null,
                        "{\"message_id\":\"<t7@example.com>\"}", null),
                new Row(new TouchEvent.SendSuppressed(TOUCH, "dana@example.com"), "gatehouse", "outbox.suppressed", "touch",
                        "7", null, "{\"to\":\"dana@example.com\"}", "suppressed at send time"),
                new Row(new TouchEvent.SendFailed(TOUCH, "550 no such user"), "gatehouse", "outbox.failed", "touch", "7",
                        null, null, "550 no such user"),
                new Row(new TouchEvent.SequenceStopped(Actor.GATEHOUSE, TOUCH, StopReason.REPLY, List.of(8L, 9L)),
                        "gatehouse", "sequence.stop", "touch", "7", null,
                        "{\"reason\":\"reply\",\"cancelled_touches\":[8,9]}", null)));
    }

    @Test
    void every_reply_and_meeting_event_is_stored_as_its_row() {
        assertStored(List.of(
                new Row(new ReplyEvent.Received(REPLY, ReplyLabel.INTERESTED, 0.9, 3L, false, List.of("asks for a call", "warm")),
                        "gatehouse", "reply.received", "reply", "7", null,
                        "{\"label\":\"interested\",\"confidence\":0.9,\"thread\":\"3\",\"injection\":false}",
                        "asks for a call; warm"),
                new Row(new ReplyEvent.Received(REPLY, ReplyLabel.INTERESTED, 0.9, null, true, List.of()), "gatehouse",
                        "reply.received", "reply", "7", null,
                        "{\"label\":\"interested\",\"confidence\":0.9,\"thread\":\"null\",\"injection\":true}", ""),
                new Row(new ReplyEvent.Dismissed(REP, REPLY), "U0REP", "reply.dismissed", "reply", "7", null,
                        "{\"handled_as\":\"dismissed\"}", null),
                new Row(new ReplyEvent.Written(REP, REPLY, new TouchId(12), "Re: Hi", "Thanks"), "U0REP", "reply.written",
                        "reply", "7", null,
                        "{\"handled_as\":\"replied\",\"touch_id\":12,\"subject\":\"Re: Hi\",\"body\":\"Thanks\"}", null),
                new Row(new MeetingEvent.Booked(Actor.GATEHOUSE, MEETING, AT, "calendar", new ReplyId(4)), "gatehouse",
                        "meeting.booked", "meeting", "7", null,
                        "{\"starts_at\":\"2026-12-01T09:00:00Z\",\"source\":\"calendar\",\"reply_id\":4}", null),
                new Row(new MeetingEvent.Booked(REP, MEETING, AT, "manual", null), "U0REP", "meeting.booked", "meeting", "7",
                        null, "{\"starts_at\":\"2026-12-01T09:00:00Z\",\"source\":\"manual\"}", null),
                new Row(new MeetingEvent.BriefPosted(MEETING, 5), "gatehouse", "brief.posted", "meeting", "7", null,
                        "{\"statements\":5}", null),
                new Row(new MeetingEvent.OutcomeRecorded(REP, MEETING, "no_show"), "U0REP", "meeting.outcome", "meeting",
                        "7", null, "{\"outcome\":\"no_show\"}", null)));
    }

    @Test
    void every_prospect_playbook_and_refusal_event_is_stored_as_its_row() {
        assertStored(List.of(
                new Row(new ProspectEvent.SignalIngested(REP, 5, SignalKind.FUNDING, "northwind.example"), "U0REP",
                        "signal.ingest", "signal", "5", null, "{\"kind\":\"funding\",\"account\":\"northwind.example\"}", null),
                new Row(new ProspectEvent.NoContact(5, "no contact"), "gatehouse", "exception.no_contact", "account", "5",
                        null, null, "no contact"),
                new Row(new ProspectEvent.ContactProposed(5, "omar@example.com", "dana@example.com", new ReplyId(4)),
                        "gatehouse", "contact.proposed", "contact", "5", null,
                        "{\"email\":\"omar@example.com\",\"referred_by\":\"dana@example.com\",\"reply_id\":4}", null),
                new Row(new ProspectEvent.Suppressed("dana@example.com", SuppressionReason.BOUNCE, new ReplyId(4)),
                        "gatehouse", "suppression.add", "email", "dana@example.com", null,
                        "{\"reason\":\"bounce\",\"reply_id\":4}", null),
                new Row(new ProspectEvent.Unsubscribed("dana@example.com"), "recipient", "suppression.unsubscribe", "email",
                        "dana@example.com", null, "{\"source\":\"one-click\"}", null),
                new Row(new PlaybookEvent.SendingPaused(Actor.GATEHOUSE, "bounce rate 9%"), "gatehouse", "sending.pause",
                        "app_setting", "sending_paused", "false", "true", "bounce rate 9%"),
                new Row(new PlaybookEvent.SendingResumed(REP, ""), "U0REP", "sending.resume", "app_setting",
                        "sending_paused", "true", "false", ""),
                new Row(new PlaybookEvent.AutonomySet(REP, ActionType.FIRST_EMAIL, AutonomyLevel.COPILOT,
                        AutonomyLevel.SUPERVISED), "U0REP", "autonomy.set", "action_type", "first_email", "\"copilot\"",
                        "\"supervised\"", null),
                new Row(new PlaybookEvent.IcpSaved(REP, 2, Map.of("min_score", 40), Map.of("min_score", 50)), "U0REP",
                        "icp.save", "icp", "2", "{\"min_score\":40}", "{\"min_score\":50}", null),
                new Row(new PlaybookEvent.OfferSaved(REP, 1, null, Map.of("product", "Ledger")), "U0REP", "offer.save",
                        "offer", "1", null, "{\"product\":\"Ledger\"}", null),
                new Row(new PlaybookEvent.GoalSet(REP, 3, "meetings", 10, LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-12-07"), "10 meetings this week"), "U0REP", "goal.set", "goal", "3", null,
                        "{\"metric\":\"meetings\",\"target\":10,\"start\":\"2026-12-01\",\"end\":\"2026-12-07\"}",
                        "10 meetings this week"),
                new Row(new Refused(REP, Refused.Surface.COMMAND, "/autonomy", "managers only"), "U0REP", "refused",
                        "slack_command", "/autonomy", null, null, "managers only")));
    }

    @Test
    void a_touch_a_reply_and_a_meeting_with_the_same_number_are_different_subjects() {
        audit.append(new TouchEvent.Sent(new TouchId(7), "<m@example.com>"));
        audit.append(new ReplyEvent.Dismissed(REP, new ReplyId(7)));
        audit.append(new MeetingEvent.BriefPosted(new MeetingId(7), 1));

        assertThat(audit.forSubject(Subject.of(new TouchId(7)))).extracting(AuditStore.Entry::action)
                .containsExactly("outbox.sent");
        assertThat(audit.forSubject(Subject.of(new ReplyId(7)))).extracting(AuditStore.Entry::action)
                .containsExactly("reply.dismissed");
        assertThat(audit.forSubject(Subject.of(new MeetingId(7)))).extracting(AuditStore.Entry::action)
                .containsExactly("brief.posted");
    }

    @Test
    void an_actor_reads_back_as_the_same_kind_it_was_written_as() {
        for (var actor : List.of(REP, Actor.GATEHOUSE, new Actor.Gatehouse("supervised"), Actor.RECIPIENT)) {
            assertThat(Actor.fromWire(actor.wire())).isEqualTo(actor);
        }
    }

    @Test
    void recorded_since_looks_at_one_subject_only() {
        audit.append(new ProspectEvent.NoContact(5, "no contact"));

        assertThat(audit.recordedSince(ProspectEvent.NoContact.ACTION, Subject.account(5), Instant.EPOCH)).isTrue();
        assertThat(audit.recordedSince(ProspectEvent.NoContact.ACTION, Subject.account(6), Instant.EPOCH)).isFalse();
    }

    private void assertStored(List<Row> rows) {
        for (var row : rows) {
            audit.append(row.event());

            var stored = audit.recent(1).getFirst();
            assertThat(stored.actor()).as("actor of %s", row.event()).isEqualTo(row.actor());
            assertThat(stored.action()).as("action of %s", row.event()).isEqualTo(row.action());
            assertThat(stored.subjectType()).as("subject type of %s", row.event()).isEqualTo(row.type());
            assertThat(stored.subjectId()).as("subject id of %s", row.event()).isEqualTo(row.id());
            assertThat(json(stored.before())).as("before of %s", row.event()).isEqualTo(json(row.before()));
            assertThat(json(stored.after())).as("after of %s", row.event()).isEqualTo(json(row.after()));
            assertThat(stored.detail()).as("detail of %s", row.event()).isEqualTo(row.detail());
        }
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? null : dev.gatehouse.engine.config.Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}

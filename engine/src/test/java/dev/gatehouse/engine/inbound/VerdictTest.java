package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.TriageResult;
import dev.gatehouse.engine.replies.ingest.Bounce;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {
    private static InboundMessage message(Optional<Bounce> bounce, boolean autoReply) {
        return new InboundMessage("<m@x.example>", null, List.of(), "dana@northwind.example", List.of(), "Re: hi",
                "text", null, Map.of(), Instant.parse("2026-12-20T10:00:00Z"), bounce, autoReply, Optional.empty());
    }

    @Test
    void a_parsed_delivery_report_wins_over_the_classifier() {
        var bounce = new Bounce("dana@northwind.example", "5.1.1", "failed", null, "<t@g.example>");

        var verdict = Verdict.of(message(Optional.of(bounce), false), TriageResult.of(ReplyLabel.INTERESTED, 0.8, "text"));

        assertThat(verdict.label()).isEqualTo(ReplyLabel.BOUNCE);
        assertThat(verdict.hardBounce()).isTrue();
    }

    @Test
    void a_soft_bounce_is_not_hard() {
        var bounce = new Bounce("dana@northwind.example", "4.2.2", "delayed", null, null);

        assertThat(Verdict.of(message(Optional.of(bounce), false), TriageResult.of(ReplyLabel.BOUNCE, 0.9, "x"))
                .hardBounce()).isFalse();
    }

    @Test
    void auto_reply_headers_make_an_out_of_office() {
        var verdict = Verdict.of(message(Optional.empty(), true), TriageResult.of(ReplyLabel.INTERESTED, 0.6, "text"));

        assertThat(verdict.label()).isEqualTo(ReplyLabel.OUT_OF_OFFICE);
    }

    @Test
    void a_return_date_earlier_in_the_year_means_next_year() {
        var triage = new TriageResult(ReplyLabel.OUT_OF_OFFICE, 0.9, MonthDay.of(1, 4), null, false, List.of("ooo"));

        assertThat(Verdict.of(message(Optional.empty(), true), triage).returnDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void a_suspected_injection_escalates_whatever_its_label() {
        var triage = new TriageResult(ReplyLabel.QUESTION, 0.7, null, null, true, List.of("instructions to the agent"));

        assertThat(Verdict.of(message(Optional.empty(), false), triage).escalate()).isTrue();
    }
}

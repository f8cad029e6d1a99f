package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Anyone who can email the mailbox controls this text: triage must stay fast whatever its shape. */
class HostileTextTest {
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

    static Stream<Arguments> shapes() {
        return HostileText.plain().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** Several times the body cap: a quadratic pattern takes minutes here, a linear one well under a second. */
    static Stream<Arguments> beyondTheCap() {
        return HostileText.plain(64 * 1024).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @BeforeAll
    static void loadTheModel() {
        SharedTriage.offline().triage(InboundReply.of("warm-up", "Sounds good, let's talk.", RECEIVED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void a_megabyte_in_every_field_is_triaged_in_bounded_time(String shape, String text) {
        var reply = new InboundReply(text, text, text, Map.of("Auto-Submitted", List.of(text)), RECEIVED);

        var result = assertTimeoutPreemptively(BOUND, () -> SharedTriage.offline().triage(reply));

        assertThat(result.label()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondTheCap")
    void the_rules_stay_fast_on_text_beyond_the_field_caps(String shape, String text) {
        var reply = InboundReply.of("Re: intro", "", RECEIVED);

        assertTimeoutPreemptively(BOUND, () -> new TriageRules().apply(reply, text), "rules");
        assertTimeoutPreemptively(BOUND, () -> ReplyText.fresh(text), "quote stripping");
        assertTimeoutPreemptively(BOUND, () -> ReturnDates.find(text, RECEIVED), "return dates");
    }

    @Test
    void each_field_is_capped_before_triage() {
        var huge = HostileText.repeat("word ");

        var reply = new InboundReply(huge, huge, huge, Map.of(), RECEIVED);

        assertThat(reply.subject()).hasSize(InboundReply.MAX_SUBJECT_CHARS);
        assertThat(reply.body()).hasSize(InboundReply.MAX_BODY_CHARS);
        assertThat(reply.from()).hasSize(InboundReply.MAX_FROM_CHARS);
    }

    @Test
    void a_cap_never_splits_a_character_in_two() {
        var body = "a".repeat(InboundReply.MAX_BODY_CHARS - 1) + "😀 and more";

        var reply = InboundReply.of("Re: intro", body, RECEIVED);

        assertThat(reply.body()).hasSize(InboundReply.MAX_BODY_CHARS - 1).doesNotContain("\uD83D");
    }

    @Test
    void an_offered_address_after_a_long_token_is_still_found() {
        var body = "x".repeat(5_000) + "\n\nI have moved on from Acme; please talk to my colleague jo.lee@acme.test instead.";

        var result = new TriageRules().apply(new InboundReply("Re: intro", body, "kim@acme.test", Map.of(), RECEIVED));

        assertThat(result).map(TriageResult::referredTo).contains("jo.lee@acme.test");
    }
}

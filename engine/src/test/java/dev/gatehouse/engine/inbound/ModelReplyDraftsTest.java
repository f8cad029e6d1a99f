package dev.gatehouse.engine.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.engine.ai.FakeOpenAiServer;
import dev.gatehouse.engine.ai.InMemoryUsageSink;
import dev.gatehouse.engine.ai.Llm;
import dev.gatehouse.engine.ai.LlmCall;
import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.ai.LlmReplyWriter;
import dev.gatehouse.engine.ai.PriceTable;
import dev.gatehouse.engine.ai.Provider;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.store.TouchRow;
import dev.gatehouse.engine.verify.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggested replies written by a model (a fake OpenAI-compatible server on loopback), checked like first emails. */
class ModelReplyDraftsTest {
    static final String QUESTION = "Interesting. How does pricing work for a team our size?"; // triaged as an objection
    static final String MEETING = "This sounds useful. Could we set up a call next week to talk it through?";
    static final String GROUNDED = "Hi Dana,\n\nPricing depends on how many people close the books; a short call is the "
            + "quickest way to size it. Congrats again on the $20M Series B.\n\nAri Stone";
    static final String INVENTED = "Hi Dana,\n\nPricing is simple, and Acme Bank cut its close by 73% with us.\n\nAri Stone";

    FakeOpenAiServer server;
    InMemoryUsageSink usage = new InMemoryUsageSink();
    InboundWorld world;
    String firstMessageId;

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAiServer();
        var config = new LlmConfig(Provider.OPENAI, server.baseUrl(), "sk-replies", "gpt-4o-mini", Duration.ofSeconds(10),
                0, PriceTable.parse("gpt-4o-mini=0.15/0.60"));
        world = new InboundWorld(SharedTriage.offline(),
                Optional.of(new LlmReplyWriter(Llm.forConfig(config, usage).orElseThrow())));
        firstMessageId = world.sendFirstTouch();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private InboundMessage reply(String id, String text) {
        return new InboundMessage("<" + id + "@northwind.example>", firstMessageId, List.of(firstMessageId),
                "dana@northwind.example", List.of("ari@gatehouse.example"), "Re: Northwind's Series B", text, text,
                Map.of(), world.clock.instant(), Optional.empty(), false, Optional.empty());
    }

    private TouchRow proposedReply() {
        return world.stores.touches().forAccount(world.seeded.accountId()).stream()
                .filter(t -> t.id() != world.seeded.touchId()).reduce((a, b) -> b).orElseThrow();
    }

    private static String answer(String body, long... signalIds) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("subject", "Re: Northwind's Series B", "body", body,
                    "citedSignalIds", java.util.Arrays.stream(signalIds).boxed().toList()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_question_is_answered_by_the_model_from_the_thread_offer_and_research_and_waits_for_review() {
        server.thenAnswer(answer(GROUNDED, world.seeded.signalId()), 900, 120);

        world.processor.process(reply("q", QUESTION));

        var touch = proposedReply();
        assertThat(touch.draft().writer()).isEqualTo("openai");
        assertThat(touch.draft().body()).isEqualTo(GROUNDED);
        assertThat(touch.verification().problems()).isEmpty();
        assertThat(touch.status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(world.stores.outbox().forTouch(touch.id())).isEmpty();
        assertThat(server.received()).singleElement().satisfies(sent -> assertThat(sent.messagesText())
                .contains(QUESTION, "Congrats on the $20M Series B", "raised a $20M Series B",
                        "Cut month-end close from 9 days to 4", "The prospect's reply"));
        assertThat(usage.entries()).singleElement().satisfies(e -> {
            assertThat(e.call().purpose()).isEqualTo(LlmReplyWriter.PURPOSE);
            assertThat(e.call().tokensIn()).isEqualTo(900);
            assertThat(e.call().outcome()).isEqualTo(LlmCall.Outcome.OK);
            assertThat(e.touchId()).isEqualTo(touch.id());
        });
    }

    @Test
    void an_invented_number_is_fed_back_and_rewritten() {
        server.thenAnswer(answer(INVENTED), 900, 90).thenAnswer(answer(GROUNDED, world.seeded.signalId()), 950, 110);

        world.processor.process(reply("q", QUESTION));

        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).messagesText()).contains("The checker blocked", "73%");
        assertThat(proposedReply().draft().body()).isEqualTo(GROUNDED);
        assertThat(proposedReply().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
    }

    @Test
    void an_invented_number_that_survives_the_rewrites_is_blocked_with_the_reason() {
        server.thenAnswer(answer(INVENTED), 900, 90).thenAnswer(answer(INVENTED), 900, 90)
                .thenAnswer(answer(INVENTED), 900, 90);

        world.processor.process(reply("q", QUESTION));

        assertThat(server.received()).hasSize(3); // the first try and two rewrites
        var touch = proposedReply();
        assertThat(touch.draft().writer()).isEqualTo("openai");
        assertThat(touch.status()).isEqualTo(TouchStatus.BLOCKED);
        assertThat(touch.verification().problems()).extracting(Problem::claim).anyMatch(c -> c.contains("73%"));
    }

    @Test
    void a_placeholder_left_by_the_model_blocks_the_draft() {
        var gap = "Hi Dana,\n\nThanks for asking. [Explain pricing here.]\n\nAri Stone";
        server.thenAnswer(answer(gap), 10, 10).thenAnswer(answer(gap), 10, 10).thenAnswer(answer(gap), 10, 10);

        world.processor.process(reply("q", QUESTION));

        var touch = proposedReply();
        assertThat(touch.status()).isEqualTo(TouchStatus.BLOCKED);
        assertThat(touch.verification().problems()).extracting(Problem::claim).contains("[Explain pricing here.]");
    }

    @Test
    void a_meeting_request_is_offered_times_inside_the_senders_working_hours() {
        var berlin = ZoneId.of("Europe/Berlin"); // the contact's zone
        var slots = SenderZone.workingSlots(world.clock.instant(), berlin, 3);
        var lines = slots.stream().map(ReplyDrafts::slotLine).toList();
        server.thenAnswer(answer("Hi Dana,\n\nHappy to. Would one of these work?\n\n" + String.join("\n", lines)
                + "\n\nAri Stone"), 900, 120);

        world.processor.process(reply("mtg", MEETING));

        assertThat(slots).allSatisfy(slot -> {
            assertThat(slot.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(slot.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 30));
            assertThat(slot.toInstant()).isAfter(world.clock.instant());
        });
        assertThat(server.received().getFirst().messagesText()).contains(lines);
        var touch = proposedReply();
        assertThat(touch.verification().problems()).isEmpty();
        assertThat(touch.status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        // once sent, the prospect's pick among them is read back and booked, as for the template's slots
        assertThat(SlotConfirmation.slots(touch.draft().body(), world.clock.instant())).containsExactlyElementsOf(slots);
    }

    @Test
    void a_sender_whose_zone_is_not_on_record_is_offered_times_in_the_zone_of_their_date_header() {
        world.stores.accounts().upsert(new dev.gatehouse.engine.accounts.Contact(0, world.seeded.accountId(),
                "dana@northwind.example", "Dana", "Keller", "VP Finance", "vp", null, null)); // zone unknown
        var away = java.time.ZoneOffset.ofHours(-5); // writing from New York, not from the account's Germany
        var lines = SenderZone.workingSlots(world.clock.instant(), away, 3).stream().map(ReplyDrafts::slotLine).toList();
        server.thenAnswer(answer("Hi Dana,\n\nHappy to. Would one of these work?\n\n" + String.join("\n", lines)
                + "\n\nAri Stone"), 900, 120);
        var dated = reply("mtg", MEETING);
        dated = new InboundMessage(dated.messageId(), dated.inReplyTo(), dated.references(), dated.from(), dated.to(),
                dated.subject(), dated.text(), dated.fullText(), Map.of("Date", List.of("Mon, 16 Nov 2026 04:00:00 -0500")),
                dated.receivedAt(), Optional.empty(), false, Optional.empty());

        world.processor.process(dated);

        assertThat(lines).allMatch(line -> line.endsWith("(-05:00)"));
        assertThat(server.received().getFirst().messagesText()).contains(lines);
        assertThat(proposedReply().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
    }

    @Test
    void a_meeting_time_the_model_made_up_is_blocked() {
        var late = answer("Hi Dana,\n\nHow about Friday at 19:30?\n\nAri Stone");
        server.thenAnswer(late, 10, 10).thenAnswer(late, 10, 10).thenAnswer(late, 10, 10);

        world.processor.process(reply("mtg", MEETING));

        var touch = proposedReply();
        assertThat(touch.status()).isEqualTo(TouchStatus.BLOCKED);
        assertThat(touch.verification().problems()).extracting(Problem::claim).contains("19:30");
    }

    @Test
    void when_the_model_cannot_answer_the_template_is_proposed() {
        server.thenStatus(500);

        world.processor.process(reply("q", QUESTION));

        var touch = proposedReply();
        assertThat(touch.draft().writer()).isEqualTo(ReplyDrafts.WRITER);
        assertThat(touch.draft().body()).contains("[Address the concern in a sentence or two.]"); // the objection template
        assertThat(usage.calls()).extracting(LlmCall::outcome)
                .containsExactly(LlmCall.Outcome.FAILED, LlmCall.Outcome.FALLBACK);
    }
}

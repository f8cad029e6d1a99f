package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.ai.ClaimJudge;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.verify.NearDuplicates;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft that repeats a paragraph of the day's emails is written again in other words, and never blocked for it. */
class DraftStepTest {
    private static final Offer OFFER = new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
            List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"), List.of("Harbor Freight Lines"),
            "Ari Lund", "Account Executive");
    private final Account account = new Account(7, "kestrel-cargo.example", "Kestrel Cargo", "logistics", 310, "EMEA",
            "NL", List.of(), "Cold-chain freight across the Benelux", "U0REP");
    private final Contact contact = new Contact(70, 7, "joris@kestrel-cargo.example", "Joris", "Bakker",
            "Finance Director", "director", ZoneId.of("Europe/Amsterdam"), null);
    private final WritingRequest request = new WritingRequest(TouchKind.FIRST_EMAIL, 0, account, contact, List.of(),
            List.of(new Signal(700, 7, null, SignalKind.HIRING, "Kestrel Cargo is hiring two accounts payable specialists",
                    "https://jobs.example.org/kestrel", Instant.parse("2026-11-16T09:00:00Z"))),
            OFFER, Guardrails.DEFAULT, List.of(), List.of());
    private final Draft usual = new DraftStep(new OfflineWriter(), new Verifier(), new GuardrailCheck(), 2)
            .draft(request).draft();

    /** Another account's email of today that used the same value paragraph, word for word. */
    private NearDuplicates sentTodayWithTheSameValueParagraph() {
        var value = Arrays.stream(usual.body().split("\n\n")).filter(p -> p.contains("automates month-end close"))
                .findFirst().orElseThrow();
        return NearDuplicates.of(List.of("Hi Noor,\n\n" + value + "\n\nAri Lund"));
    }

    @Test
    void a_draft_repeating_a_paragraph_sent_today_is_rewritten_until_it_no_longer_does() {
        var sentToday = sentTodayWithTheSameValueParagraph();
        assertThat(sentToday.repeated(usual.body())).isPresent();

        var result = new DraftStep(new OfflineWriter(), new Verifier(), new GuardrailCheck(), ClaimJudge.NONE, 2,
                () -> sentToday).draft(request);

        assertThat(result.verification().passed()).isTrue();
        assertThat(result.attempts()).isGreaterThan(1);
        assertThat(sentToday.repeated(result.draft().body())).isEmpty();
        assertThat(result.draft().body()).contains("automates month-end close for finance teams");
    }

    @Test
    void repetition_alone_never_blocks_a_draft() {
        var sameEveryTime = new Writer() {
            public Draft write(WritingRequest ignored) {
                return usual;
            }

            public String name() {
                return "offline";
            }
        };

        var result = new DraftStep(sameEveryTime, new Verifier(), new GuardrailCheck(), ClaimJudge.NONE, 2,
                this::sentTodayWithTheSameValueParagraph).draft(request);

        assertThat(result.verification().passed()).isTrue();
        assertThat(result.draft()).isEqualTo(usual);
    }
}

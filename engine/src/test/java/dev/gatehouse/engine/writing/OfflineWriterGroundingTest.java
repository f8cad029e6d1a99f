package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.gatehouse.engine.writing.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Property-style checks over many generated accounts, signals and offers. */
class OfflineWriterGroundingTest {
    private static final List<String> COMPANIES = List.of("Kestrel Analytics", "Moss & Vine", "Orchard Row Dental",
            "Tidepool Games", "Ironbark Logistics", "Lumen Fields", "Copperline Health", "Sable Street Bank");
    private static final List<String> TITLES = List.of("CFO", "VP Sales", "Head of Engineering", "COO", "CISO",
            "Marketing Director", "Head of People", "Founder & CEO", "Senior Accountant", "IT Manager", "");
    private static final List<String> TEMPLATES = List.of(
            "%s raised a $%dM Series %s led by Fogbank Ventures",
            "%s is hiring %d account executives and a sales operations lead",
            "%s named a new Chief Revenue Officer after %d years of growth",
            "%s created %d new workspaces in the last %d days",
            "%s opened %d support tickets about SSO in March",
            "%s moved its data warehouse to Snowflake in Q%d",
            "%s announced %d new offices across Europe",
            "%s visited the pricing page %d times this week");
    private final OfflineWriter writer = new OfflineWriter();

    @Test
    void every_number_in_a_draft_comes_from_a_signal_or_proof_point() {
        var random = new Random(20260310);
        for (int i = 0; i < 300; i++) {
            var request = randomRequest(random, i);
            var first = writer.write(request);
            var followUp = writer.write(followUp(request, List.of(first)));

            var sources = new StringBuilder();
            request.signals().forEach(s -> sources.append(s.summary()).append('\n'));
            request.offer().proofPoints().forEach(p -> sources.append(p).append('\n'));
            for (var draft : List.of(first, followUp)) {
                var text = draft.subject() + "\n" + draft.body();
                assertThat(Text.numbers(text)).as(text).allMatch(n -> sources.toString().contains(n));
            }
        }
    }

    @Test
    void every_cited_signal_is_restated_or_framed_in_the_body() {
        var random = new Random(77);
        for (int i = 0; i < 200; i++) {
            var request = randomRequest(random, i);

            var draft = writer.write(request);

            for (var id : draft.citedSignalIds()) {
                var signal = request.signals().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
                var restated = signal.kind() == SignalKind.INTENT
                        ? draft.body().contains(request.account().name())
                        : draft.body().contains(signal.summary().substring(0, signal.summary().indexOf(' ', 20)));
                assertThat(restated).as(draft.body()).isTrue();
            }
        }
    }

    @Test
    void offline_drafts_keep_the_guardrails() {
        var random = new Random(4242);
        var check = new GuardrailCheck();
        for (int i = 0; i < 200; i++) {
            var request = randomRequest(random, i);

            var draft = writer.write(request);

            assertThat(check.check(draft, request.guardrails(), request.offer())).as(draft.body()).isEmpty();
        }
    }

    private static WritingRequest randomRequest(Random random, int i) {
        long accountId = 1000 + i;
        var name = COMPANIES.get(random.nextInt(COMPANIES.size()));
        var account = account(accountId, name, random.nextBoolean() ? "Software" : "Healthcare");
        var contact = contact(accountId * 10, accountId, "Jo", TITLES.get(random.nextInt(TITLES.size())));
        var signals = new ArrayList<Signal>();
        int count = 1 + random.nextInt(3);
        for (int s = 0; s < count; s++) {
            int template = random.nextInt(TEMPLATES.size());
            var summary = TEMPLATES.get(template).formatted(name, 2 + random.nextInt(40), 3 + random.nextInt(50), "ABC");
            signals.add(signal(accountId * 100 + s, accountId, SignalKind.values()[template], summary, random.nextInt(90)));
        }
        var maxWords = 40 + random.nextInt(100);
        return firstTouch(account, contact, signals, offer(), new Guardrails(maxWords, Guardrails.DEFAULT.bannedPhrases(), "", ""));
    }
}

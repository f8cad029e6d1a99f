package dev.gatehouse.bot.render;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.scoring.Score;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;

/** Deterministic inputs: fixed instants, a fixed recipient time zone, invented companies. */
final class Fixtures {
    static final Instant CREATED = Instant.parse("2026-11-20T14:30:00Z");
    static final Instant DECIDED = Instant.parse("2026-11-20T15:05:00Z");
    /** Tuesday 09:10 in Lisbon (UTC+0 in winter) is 09:10Z. */
    static final Instant SEND_AT = Instant.parse("2026-11-24T09:10:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");

    private Fixtures() {
    }

    static Account account() {
        return new Account(7, "tidewater-freight.example", "Tidewater Freight", "Logistics", 240, "EMEA", "PT",
                List.of("Kubernetes"), "Freight forwarding", "U0REP1");
    }

    static Contact contact() {
        return new Contact(11, 7, "ines.moura@tidewater-freight.example", "Inês", "Moura", "Head of Platform",
                "director", ZONE, LocalDate.of(2026, 8, 3));
    }

    static Score score() {
        return new Score(7, 3, 78, 40, 28, 10, List.of(
                new Score.Reason("fit", "Industry Logistics is in the ICP", 20),
                new Score.Reason("signal", "Hiring 4 platform engineers", 28),
                new Score.Reason("fit", "Competitor tool in stack", -5)));
    }

    static Signal signal(long id) {
        return new Signal(id, 7, null, SignalKind.HIRING, "Posted a Senior Platform Engineer role #" + id,
                "https://jobs.tidewater-freight.example/roles/" + id, Instant.parse("2026-11-1" + (id % 10) + "T08:00:00Z"));
    }

    static List<Signal> signals(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(Fixtures::signal).toList();
    }

    static Draft draft() {
        return new Draft("Platform hiring at Tidewater", """
                Hi Inês,

                Saw Tidewater is hiring platform engineers in Lisbon. Teams at that stage often spend weeks on CI flakiness.

                Worth a 20-minute call next week?

                Best,
                Sam""", List.of(1L, 2L), "openai", "gpt-4o-mini");
    }

    static ReviewItem pending() {
        return item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(2), draft());
    }

    static ReviewItem blocked() {
        var blocked = new Verification.Blocked(List.of(
                new Problem("used by 300 logistics companies", "number not in any signal or proof point"),
                new Problem("as we discussed last week", "no prior meeting on record")));
        return item(TouchStatus.BLOCKED, blocked, null, signals(2), draft());
    }

    static ReviewItem decided(TouchStatus status, Decision decision) {
        return item(status, new Verification.Passed(), decision, signals(2), draft());
    }

    static ReviewItem item(TouchStatus status, Verification verification, Decision decision, List<Signal> signals, Draft draft) {
        return new ReviewItem(42, TouchKind.FIRST_EMAIL, status, account(), contact(), score(), signals, draft,
                verification, decision, CREATED);
    }
}

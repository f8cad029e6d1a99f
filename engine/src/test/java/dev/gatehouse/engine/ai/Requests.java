package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.research.Fact;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.PriorTouch;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;

import java.time.Instant;
import java.util.List;

/** Invented test material: a small brewery-software prospect with two signals. */
final class Requests {
    static final Signal HIRING = new Signal(41, 7, null, SignalKind.HIRING,
            "Posted three openings for data engineers in Rotterdam", "https://example.test/jobs/41",
            Instant.parse("2026-10-02T09:00:00Z"));
    static final Signal FUNDING = new Signal(42, 7, null, SignalKind.FUNDING,
            "Raised a EUR 12M Series A led by Northwind Partners", "https://example.test/news/42",
            Instant.parse("2026-09-15T09:00:00Z"));

    static final Account ACCOUNT = new Account(7, "hopline.example", "Hopline", "Brewing software", 85,
            "EMEA", "NL", List.of("Snowflake"), "Scheduling software for craft breweries", "U123");
    static final Contact CONTACT = new Contact(70, 7, "mara@hopline.example", "Mara", "Jansen",
            "Head of Data", "director", null, null);
    static final Offer OFFER = new Offer("Tidewater", "pipelines that fix themselves",
            List.of("Cut failed nightly loads by 40% at Kettle & Co"), List.of("Kettle & Co"), "Sam Reyes", "AE");

    private Requests() {
    }

    static WritingRequest firstEmail() {
        return new WritingRequest(TouchKind.FIRST_EMAIL, 0, ACCOUNT, CONTACT,
                List.of(new Fact("growth", "Hopline is hiring data engineers", List.of(41L))),
                List.of(HIRING, FUNDING), OFFER, Guardrails.DEFAULT, List.of(), List.of());
    }

    static WritingRequest followUp() {
        return new WritingRequest(TouchKind.FOLLOW_UP, 1, ACCOUNT, CONTACT, List.of(), List.of(HIRING), OFFER,
                Guardrails.DEFAULT,
                List.of(new PriorTouch(0, "Data engineers at Hopline", "Saw the Rotterdam openings.",
                        Instant.parse("2026-10-05T09:00:00Z"))),
                List.of());
    }

    static String answer(String subject, String body, long... ids) {
        var list = new StringBuilder();
        for (long id : ids) list.append(list.isEmpty() ? "" : ",").append(id);
        return "{\"subject\":\"" + subject + "\",\"body\":\"" + body + "\",\"citedSignalIds\":[" + list + "]}";
    }

    /** Stands in for the offline writer. */
    static final class OfflineStub implements Writer {
        int calls;

        @Override
        public Draft write(WritingRequest request) {
            calls++;
            return new Draft("Offline subject", "Offline body", List.of(request.signals().getFirst().id()),
                    "offline", null);
        }

        @Override
        public String name() {
            return "offline";
        }
    }
}

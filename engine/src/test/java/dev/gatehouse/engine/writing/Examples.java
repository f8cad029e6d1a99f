package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.research.Researcher;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Made-up accounts, signals and an offer for the writer's tests. */
final class Examples {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final String CLOSE_PROOF = "Northwind Cycles cut its close from 9 days to 3 with Tallybook";
    static final String INTEGRATION_PROOF = "Tallybook connects to NetSuite, Xero and Sage Intacct out of the box";
    static final String CLINIC_PROOF = "Fernhill Clinics reconciles 14 bank accounts daily without a spreadsheet";

    private Examples() {
    }

    static Offer offer() {
        return new Offer("Tallybook",
                "Tallybook matches every bank and card transaction to the ledger as it happens, so the close stops being a scramble",
                List.of(CLOSE_PROOF, INTEGRATION_PROOF, CLINIC_PROOF), List.of("Northwind Cycles", "Fernhill Clinics"),
                "Maya", "Account Executive");
    }

    static Account account(long id, String name, String industry) {
        return new Account(id, name.toLowerCase().replace(' ', '-') + ".example", name, industry, 140, "Europe", "DE",
                List.of(), null, "U0REP");
    }

    static Contact contact(long id, long accountId, String firstName, String title) {
        return new Contact(id, accountId, firstName.toLowerCase() + "@example.org", firstName, "Okafor", title, null,
                null, null);
    }

    static Signal signal(long id, long accountId, SignalKind kind, String summary, int daysAgo) {
        return new Signal(id, accountId, null, kind, summary, "https://signals.example.org/" + id,
                NOW.minus(Duration.ofDays(daysAgo)));
    }

    static WritingRequest firstTouch(Account account, Contact contact, List<Signal> signals) {
        return firstTouch(account, contact, signals, offer(), Guardrails.DEFAULT);
    }

    static WritingRequest firstTouch(Account account, Contact contact, List<Signal> signals, Offer offer,
                                     Guardrails guardrails) {
        var facts = new Researcher().research(account, contact, signals, NOW);
        return new WritingRequest(TouchKind.FIRST_EMAIL, 0, account, contact, facts, signals, offer, guardrails,
                List.of(), List.of());
    }

    static WritingRequest followUp(WritingRequest first, List<Draft> sent) {
        var thread = new java.util.ArrayList<PriorTouch>();
        for (int i = 0; i < sent.size(); i++) {
            thread.add(new PriorTouch(i, sent.get(i).subject(), sent.get(i).body(), NOW.plus(Duration.ofDays(3L * i))));
        }
        return new WritingRequest(TouchKind.FOLLOW_UP, sent.size(), first.account(), first.contact(), first.facts(),
                first.signals(), first.offer(), first.guardrails(), thread, List.of());
    }

    /** Body with every name replaced, to compare what is left. */
    static String withoutNames(String body, String... names) {
        var out = body;
        for (var name : names) out = out.replace(name, "<name>");
        return out;
    }
}

package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.research.Fact;
import dev.gatehouse.engine.signals.Signal;

import java.util.List;
import java.util.Objects;

/**
 * All a writer may use: the research facts (each tied to signals), the signals themselves, the
 * approved offer, the guardrails, the thread so far, and reviewer feedback or verifier problems
 * from earlier attempts.
 */
public record WritingRequest(TouchKind kind, int step, Account account, Contact contact, List<Fact> facts,
                             List<Signal> signals, Offer offer, Guardrails guardrails, List<PriorTouch> thread,
                             List<String> feedback) {
    public WritingRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        facts = List.copyOf(Objects.requireNonNullElse(facts, List.of()));
        signals = List.copyOf(Objects.requireNonNullElse(signals, List.of()));
        Objects.requireNonNull(offer, "offer");
        guardrails = Objects.requireNonNullElse(guardrails, Guardrails.DEFAULT);
        thread = List.copyOf(Objects.requireNonNullElse(thread, List.of()));
        feedback = List.copyOf(Objects.requireNonNullElse(feedback, List.of()));
    }

    public WritingRequest withFeedback(List<String> more) {
        var all = new java.util.ArrayList<>(feedback);
        all.addAll(more);
        return new WritingRequest(kind, step, account, contact, facts, signals, offer, guardrails, thread, all);
    }
}

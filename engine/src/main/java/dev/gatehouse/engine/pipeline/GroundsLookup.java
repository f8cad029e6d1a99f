package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.WritingRequest;

import java.util.List;

/**
 * Rebuilds what a stored touch may stand on (its account's signals, the offer) to re-verify an
 * edit. Only the rule-based checks run: an edit is checked while Slack waits for the modal's
 * acknowledgement (3 s), which an LLM judge's round trip cannot be trusted to fit in.
 */
public final class GroundsLookup {
    private final Stores stores;
    private final Guardrails guardrails;

    public GroundsLookup(Stores stores, Guardrails guardrails) {
        this.stores = stores;
        this.guardrails = guardrails;
    }

    public Verification recheck(DraftStep drafting, long touchId, String subject, String body) {
        var touch = stores.touches().find(touchId).orElse(null);
        if (touch == null) return Verification.of(List.of(new Problem("", "the touch no longer exists")));
        var account = stores.accounts().account(touch.accountId()).orElseThrow();
        var contact = stores.accounts().contact(touch.contactId()).orElseThrow();
        var offer = stores.playbook().currentOffer().map(v -> v.value())
                .orElse(new Offer("", "", List.of(), List.of(), "", ""));
        var prior = stores.touches().forContact(contact.id()).stream()
                .filter(t -> t.id() < touchId && t.status() == dev.gatehouse.engine.gate.TouchStatus.SENT)
                .map(t -> new dev.gatehouse.engine.writing.PriorTouch(t.step(), t.draft().subject(), t.draft().body(),
                        t.createdAt()))
                .toList();
        var request = new WritingRequest(touch.kind(), touch.step(), account, contact, List.of(),
                stores.signals().forAccount(account.id()), offer, guardrails, prior, List.of());
        return drafting.checkRules(touch.draft().withText(subject, body), request);
    }
}

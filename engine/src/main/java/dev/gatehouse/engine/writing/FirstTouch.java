package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.research.PersonaPains;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.Signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Composes a first email: opener on the lead signal, pain line, value proposition, one proof point, one ask. */
final class FirstTouch {
    private FirstTouch() {
    }

    static Composition compose(WritingRequest request, List<Signal> ranked, Plan plan) {
        var account = request.account();
        var contact = request.contact();
        var lead = ranked.stream().filter(s -> !plan.excludedSignals().contains(s.id())).findFirst().orElse(null);
        var v = new Variants(account.id(), lead == null ? 0 : lead.id(), plan.shift());
        var pain = PersonaPains.of(contact);
        var parts = new ArrayList<Part>();
        parts.add(new Part(Part.Role.OPENER, Phrasings.opener(lead, account, contact, request.offer(), v, plan.tighten()), lead, null));
        if (plan.painAllowed()) parts.add(Part.of(Part.Role.PAIN, Phrasings.pain(lead, contact, pain, v)));
        if (plan.valueAllowed() && !request.offer().valueProp().isBlank()) {
            parts.add(Part.of(Part.Role.VALUE, Phrasings.value(request.offer(), account, v)));
        }
        if (plan.proofAllowed()) {
            ProofPicker.pick(request.offer().proofPoints(), plan.excludedProofs(), account, lead, pain, plan.shift())
                    .ifPresent(p -> parts.add(new Part(Part.Role.PROOF, Phrasings.proof(p, v), null, p)));
        }
        parts.add(Part.of(Part.Role.ASK, Phrasings.firstAsk(account, v, plan.askShift())));
        return new Composition(Phrasings.subject(lead, account, contact, request.offer(), v), parts);
    }

    /** Proof points a thread already used, so a follow-up can bring a new one. */
    static HashSet<String> usedProofs(WritingRequest request) {
        var used = new HashSet<String>();
        for (var proof : request.offer().proofPoints()) {
            var text = Text.clean(proof);
            if (request.thread().stream().anyMatch(t -> t.body().contains(text))) used.add(proof);
        }
        return used;
    }
}

package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.research.PersonaPains;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Composes a follow-up: "Re:" the first subject, a one-line reference to the earlier note, one
 * new angle (a signal the thread has not used, else an unused proof point, else a question about
 * the persona's usual problem, which then is the ask) and a different, lighter ask.
 */
final class FollowUp {
    private FollowUp() {
    }

    static Composition compose(WritingRequest request, List<Signal> ranked, Plan plan) {
        var account = request.account();
        var thread = request.thread().stream().sorted(Comparator.comparingInt(PriorTouch::step)).toList();
        var first = thread.getFirst().subject().strip();
        var subject = first.regionMatches(true, 0, "re:", 0, 3) ? first : "Re: " + first;
        var fresh = ranked.stream()
                .filter(s -> !plan.excludedSignals().contains(s.id()))
                .filter(s -> thread.stream().noneMatch(t -> appearsIn(s, t.body())))
                .findFirst().orElse(null);
        var v = new Variants(account.id(), (fresh == null ? 0 : fresh.id()) + 31L * request.step(), plan.shift());
        var parts = new ArrayList<Part>();
        var earlier = ranked.stream()
                .filter(s -> !plan.excludedSignals().contains(s.id()))
                .filter(s -> appearsIn(s, thread.getFirst().body())).findFirst().orElse(null);
        var reference = Phrasings.reference(earlier, request.contact(), v, plan.referenceShift());
        parts.add(new Part(Part.Role.REFERENCE, reference, reference.contains(" about ") ? earlier : null, null));
        if (fresh != null && plan.tighten() < 4) {
            parts.add(new Part(Part.Role.ANGLE, Phrasings.angleSignal(fresh, account, v), fresh, null));
        } else {
            var used = new HashSet<>(FirstTouch.usedProofs(request));
            used.addAll(plan.excludedProofs());
            var pain = PersonaPains.of(request.contact());
            var proof = plan.tighten() < 4
                    ? ProofPicker.pick(request.offer().proofPoints(), used, account, null, pain).orElse(null)
                    : null;
            if (proof != null) {
                parts.add(new Part(Part.Role.ANGLE, Phrasings.angleProof(proof, v), null, proof));
            } else {
                parts.add(Part.of(Part.Role.ASK, Phrasings.topicQuestion(pain)));
                return new Composition(subject, parts);
            }
        }
        parts.add(Part.of(Part.Role.ASK, Phrasings.followUpAsk(request.step(), v, plan.askShift())));
        return new Composition(subject, parts);
    }

    /** Whether an earlier email already told this signal (its words, or for intent, its framing). */
    static boolean appearsIn(Signal signal, String body) {
        var lower = body.toLowerCase(Locale.ROOT);
        if (signal.kind() == SignalKind.INTENT) {
            return lower.contains("tools like");
        }
        var clause = Clauses.of(signal.summary(), 3).toLowerCase(Locale.ROOT);
        if (lower.contains(clause)) return true;
        var words = Text.contentWords(signal.summary());
        if (words.isEmpty()) return false;
        var bodyWords = Text.contentWords(body);
        return (double) words.stream().filter(bodyWords::contains).count() / words.size() >= 0.7;
    }
}

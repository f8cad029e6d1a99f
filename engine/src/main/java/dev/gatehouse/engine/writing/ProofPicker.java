package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.research.PersonaPains.Pain;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.Signal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Picks the approved proof point that shares the most words with the account and its lead signal
 * (counted twice) and with the persona's usual problem; ties keep the manager's order.
 */
final class ProofPicker {
    private ProofPicker() {
    }

    static Optional<String> pick(List<String> proofPoints, Collection<String> excluded, Account account, Signal lead,
                                 Pain pain) {
        var about = new HashSet<String>();
        about.addAll(Text.contentWords(account.industry()));
        about.addAll(Text.contentWords(account.description()));
        account.technologies().forEach(t -> about.addAll(Text.contentWords(t)));
        if (lead != null) about.addAll(Text.contentWords(lead.summary()));
        var persona = new HashSet<>(Text.contentWords(pain.topic()));
        pain.clauses().forEach(c -> persona.addAll(Text.contentWords(c)));
        String best = null;
        long bestScore = -1;
        for (var proof : proofPoints) {
            if (proof == null || proof.isBlank() || excluded.contains(proof)) continue;
            var words = Text.contentWords(proof);
            long score = 2 * words.stream().filter(about::contains).count() + words.stream().filter(persona::contains).count();
            if (score > bestScore) {
                best = proof;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}

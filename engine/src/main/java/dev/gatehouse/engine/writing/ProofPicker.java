package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.research.PersonaPains.Pain;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.Signal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Ranks the approved proof points by the words they share with the account and its lead signal
 * (counted twice) and with the persona's usual problem; ties keep the manager's order.
 */
final class ProofPicker {
    private ProofPicker() {
    }

    static Optional<String> pick(List<String> proofPoints, Collection<String> excluded, Account account, Signal lead,
                                 Pain pain) {
        return pick(proofPoints, excluded, account, lead, pain, 0);
    }

    /**
     * The {@code rank}-th best proof point (0 the best), wrapping around the usable ones: asked to say
     * it in other words, the writer brings another approved example rather than the same one again.
     */
    static Optional<String> pick(List<String> proofPoints, Collection<String> excluded, Account account, Signal lead,
                                 Pain pain, int rank) {
        var about = new HashSet<String>();
        about.addAll(Text.contentWords(account.industry()));
        about.addAll(Text.contentWords(account.description()));
        account.technologies().forEach(t -> about.addAll(Text.contentWords(t)));
        if (lead != null) about.addAll(Text.contentWords(lead.summary()));
        var persona = new HashSet<>(Text.contentWords(pain.topic()));
        pain.clauses().forEach(c -> persona.addAll(Text.contentWords(c)));
        var usable = proofPoints.stream().filter(p -> p != null && !p.isBlank() && !excluded.contains(p)).distinct().toList();
        if (usable.isEmpty()) return Optional.empty();
        var ranked = usable.stream().sorted(Comparator.comparingLong((String proof) -> {
            var words = Text.contentWords(proof);
            return 2 * words.stream().filter(about::contains).count() + words.stream().filter(persona::contains).count();
        }).reversed()).toList(); // a stable sort: ties keep the manager's order
        return Optional.of(ranked.get(Math.floorMod(rank, ranked.size())));
    }
}

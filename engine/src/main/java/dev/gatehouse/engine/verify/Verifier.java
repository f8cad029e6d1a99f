package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.writing.Draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Checks that every factual claim in a draft traces to a signal or to the approved offer
 * (DESIGN.md, invariant 4). Rule-based, offline and pure: safe to share between threads.
 * The salutation and sign-off are not claims; the subject line is.
 */
public final class Verifier {
    private final List<Check> checks = List.of(new NameCheck(), new NumberCheck(), new FundingCheck(), new BindingCheck(), new TitleCheck(),
            new EventCheck(), new CertificationCheck(), new PriorContactCheck(), new GuaranteeCheck());

    public Verification verify(Draft draft, Grounds grounds) {
        var letter = Letter.of(draft);
        var evidence = new Evidence(grounds, letter.names());
        var problems = new ArrayList<Problem>();
        for (var sentence : letter.sentences()) {
            for (var check : checks) check.check(sentence, evidence, problems);
        }
        return Verification.of(List.copyOf(new LinkedHashSet<>(problems)));
    }
}

package dev.gatehouse.engine.writing;

import java.util.HashSet;
import java.util.Set;

/**
 * What a composition may use, narrowed by feedback (excluded signals and proof points, dropped
 * lines) and by tightening (level 1 drops the proof point, 2 the pain line, 3 shortens the
 * opener, 4 cuts it harder, 5 drops the value proposition).
 */
record Plan(Set<Long> excludedSignals, Set<String> excludedProofs, boolean noProof, boolean noPain, boolean noValue,
            int askShift, int referenceShift, int shift, int tighten) {
    static final int MAX_TIGHTEN = 5;

    Plan {
        excludedSignals = Set.copyOf(excludedSignals);
        excludedProofs = Set.copyOf(excludedProofs);
    }

    static Plan initial() {
        return new Plan(Set.of(), Set.of(), false, false, false, 0, 0, 0, 0);
    }

    boolean proofAllowed() {
        return !noProof && tighten < 1;
    }

    boolean painAllowed() {
        return !noPain && tighten < 2;
    }

    boolean valueAllowed() {
        return !noValue && tighten < 5;
    }

    Plan tightened(int level) {
        return new Plan(excludedSignals, excludedProofs, noProof, noPain, noValue, askShift, referenceShift, shift,
                Math.max(tighten, level));
    }

    Plan shifted(int by) {
        return new Plan(excludedSignals, excludedProofs, noProof, noPain, noValue, askShift, referenceShift, shift + by,
                tighten);
    }

    /** This plan without whatever the flagged parts stood on. */
    Plan without(Iterable<Part> flagged) {
        var signals = new HashSet<>(excludedSignals);
        var proofs = new HashSet<>(excludedProofs);
        boolean dropProof = noProof, dropPain = noPain, dropValue = noValue;
        int ask = askShift, reference = referenceShift;
        for (var part : flagged) {
            if (part.signal() != null) signals.add(part.signal().id());
            if (part.proof() != null) proofs.add(part.proof());
            switch (part.role()) {
                case PROOF -> dropProof = true;
                case PAIN -> dropPain = true;
                case VALUE -> dropValue = true;
                case ASK -> ask++;
                case REFERENCE -> reference++;
                case OPENER, ANGLE -> { }
            }
        }
        return new Plan(signals, proofs, dropProof, dropPain, dropValue, ask, reference, shift, tighten);
    }
}

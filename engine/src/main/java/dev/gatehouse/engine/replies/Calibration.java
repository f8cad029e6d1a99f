package dev.gatehouse.engine.replies;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The classifier's confidence, shaped so that it means something: on the eval sets a label that
 * words in the reply support (a cue for it, or the tell its gate requires) is right about as often
 * as its confidence says, and a reply that gives the classifier nothing to go on reads as unsure
 * (below the engine's 0.2): a few words with no cue for the winning label ("ok", "hmm, maybe"), or
 * cues for opposite answers at once ("interesting, but not now") with a close runner-up.
 */
final class Calibration {

    static final double MAX = 0.9;
    static final double UNSURE = 0.15;
    private static final int FEW_WORDS = 4;
    private static final double CLOSE = 0.1;
    private static final Set<ReplyLabel> STANCES =
            Set.of(ReplyLabel.INTERESTED, ReplyLabel.NOT_NOW, ReplyLabel.NOT_INTERESTED, ReplyLabel.OBJECTION);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']++");

    private Calibration() {
    }

    /**
     * @param margin    the winner's score minus the runner-up's
     * @param supported whether a word-level cue supports the winning label
     * @param stances   the labels among interest, not now, not interested and objection that have a cue
     */
    static double confidence(double margin, boolean supported, List<ReplyLabel> stances, String text) {
        long conflicting = stances.stream().filter(STANCES::contains).count();
        if (conflicting >= 2 && margin < CLOSE) return UNSURE;
        if (!supported && words(text) <= FEW_WORDS) return Math.min(UNSURE, 0.05 + margin);
        double base = supported ? 0.65 : 0.35;
        return Math.max(0.05, Math.min(MAX, base + 2 * margin));
    }

    private static int words(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find() && n <= FEW_WORDS) n++;
        return n;
    }
}

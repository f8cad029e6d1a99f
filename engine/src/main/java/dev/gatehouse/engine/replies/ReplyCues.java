package dev.gatehouse.engine.replies;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Word-level evidence that sharpens the embedding scores. Sentence embeddings group replies by
 * topic ("our security team…"), not intent, so labels with a concrete tell (a referral names
 * someone, a meeting request names a time or a call) may win only when that tell is present;
 * a question mark and timing words nudge their labels.
 */
final class ReplyCues {

    static final double GATED = Double.NEGATIVE_INFINITY;
    private static final double NUDGE = 0.05;

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private static final Map<ReplyLabel, Pattern> REQUIRED = Map.of(
            ReplyLabel.REFERRAL, TriagePhrases.REFERRAL_CUE,
            ReplyLabel.OUT_OF_OFFICE, p("away|vacation|holiday|leave|out of|return|back (on|in|next|at)|travel|sick|sabbatical"
                    + "|conference|offline|auto|respond (tomorrow|later|when)"),
            ReplyLabel.UNSUBSCRIBE, p("remove|unsub|stop|opt|take (me|us|my)|(e-?mail|contact|message)(s|ing)? (me|us)|no more|off (your|the) list"),
            ReplyLabel.BOUNCE, p("deliver|recipient|mailbox|rejected|server|\\b55\\d\\b|does not exist"),
            ReplyLabel.MEETING_REQUEST, p("\\b(call|meet|meeting|demo|calendar|schedul\\w*|available|availability|free|chat|talk|speak"
                    + "|coffee|lunch|zoom|teams|ring|phone|slot|invite|minutes|mins|time|tomorrow|next week|walk (me|us|my team) through)\\b"
                    + "|\\b(mon|tues|wednes|thurs|fri)day\\b|\\d(:\\d\\d)?\\s?(am|pm)\\b"),
            ReplyLabel.ESCALATION, p("!|complain|angry|furious|frustrat|legal|report|spam|hack|breach|phish|unaccept|worst|immediately"
                    + "|right now|senior|manager|refund|invoice|charge|billing|outage|deleted|ignore|pretend|internal|how did you get"
                    + "|privacy|threat|police|instructions|prompt|disaster|mistake|call me|asap|urgent"));

    private static final Map<ReplyLabel, Pattern> NUDGED = Map.of(
            ReplyLabel.NOT_NOW, p("later|not (right )?now|right now|at the moment|not this (year|quarter)|next (year|quarter|month|fiscal)"
                    + "|in (a few|\\d+|a couple|two|three|six) (of )?(months|weeks)|after (the|our|q[1-4])|\\bq[1-4]\\b|spring|summer"
                    + "|autumn|winter|holidays|new year|revisit|circle back|check (back|in)|follow up|reach (back )?out|bad timing"
                    + "|wrong time|not the right time|reconnect|until|(january|february|march|april|june|july|august|september|october|november|december)"),
            ReplyLabel.INTERESTED, p("\\byes\\b|interested|sounds (good|great|interesting|promising)|\\blove\\b|keen|curious|learn more|tell me more"
                    + "|send (me|over|us)|share|next step|get started|resonat|looking for|exactly|been (hunting|searching|looking)|open to"),
            ReplyLabel.OBJECTION, p("expensive|pric(ey|e is)|too (much|costly|small|big|long)|already (use|have|built|pay|work)|budget"
                    + "|competitor|doubt|not sure|skeptic|won't|wouldn't|can't|cannot|never|only (allow|buy|use|work)|need(s)? to (be|have)"
                    + "|require|locked|half (of|the)|cheaper|overkill|too (complex|complicated|heavy)|signed|deal with|went with"));

    private static final Pattern BUYING_SIGNAL = p("evaluating|shopping (around|for)|looking for|in the market|exactly (what|this|the)"
            + "|good timing|been (hunting|searching|looking)|need something like|on our (roadmap|list)");

    private static final Pattern DECLINE = p("\\bnot (interested|for us|a (good )?fit|relevant|something we)|\\bno (thanks|need|interest)"
            + "|n't (interested|need|see|something we)|\\bpass\\b|decline|all set|we're good|\\bnope\\b|\\bno\\.");

    private static final Pattern INTERROGATIVE = p("\\?\\s*$|^\\s*(how|what|which|who|where|when|why|does|do|is|are|can|could|will|would)\\b");

    private ReplyCues() {
    }

    /** What to add to a label's embedding score for this text; {@link #GATED} rules the label out. */
    static double adjustment(ReplyLabel label, String text, Language language) {
        if (language == Language.EN) return adjustment(label, text);
        var required = EuropeanCues.REQUIRED.get(label);
        if (required != null && !required.matcher(text).find()) return GATED;
        if (label == ReplyLabel.QUESTION) return EuropeanCues.INTERROGATIVE.matcher(text).find() ? EuropeanCues.NUDGE : 0;
        var nudge = EuropeanCues.NUDGED.get(label);
        if (label == ReplyLabel.INTERESTED && EuropeanCues.NUDGED.get(ReplyLabel.NOT_INTERESTED).matcher(text).find()) return 0;
        return nudge != null && nudge.matcher(text).find() ? EuropeanCues.NUDGE : 0;
    }

    /** Whether this label may only win with its tell in the text (so a winner that has a gate had its tell). */
    static boolean gated(ReplyLabel label, Language language) {
        return (language == Language.EN ? REQUIRED : EuropeanCues.REQUIRED).containsKey(label);
    }

    /** The English cues. */
    static double adjustment(ReplyLabel label, String text) {
        var required = REQUIRED.get(label);
        if (required != null && !required.matcher(text).find()) return GATED;
        if (label == ReplyLabel.QUESTION) return INTERROGATIVE.matcher(text).find() ? 2 * NUDGE : 0;
        if (label == ReplyLabel.NOT_INTERESTED) return DECLINE.matcher(text).find() ? NUDGE : 0;
        if (label == ReplyLabel.INTERESTED && DECLINE.matcher(text).find()) return 0;
        if (label == ReplyLabel.INTERESTED && BUYING_SIGNAL.matcher(text).find()) return 2 * NUDGE;
        var nudge = NUDGED.get(label);
        return nudge != null && nudge.matcher(text).find() ? NUDGE : 0;
    }
}

package dev.gatehouse.engine.verify;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Blocks prior contact that never happened. A first email may claim none; a follow-up may refer
 * to the earlier email ("my note last week") but not to a call or meeting.
 */
final class PriorContactCheck implements Check {
    private static final String TALK = "call|chat|conversation|meeting|demo|discussion|talk|intro|coffee|lunch|catch-up|catchup|sync|session";
    private static final Pattern SPOKEN = Pattern.compile(
            "\\bas (?:we )?discussed\\b|\\bas we (?:talked|spoke|chatted)\\b|\\bwe (?:talked|spoke|chatted) about\\b"
                    + "|\\b(?:great|good|nice|lovely|fun|a pleasure|pleasure|wonderful) (?:chatting|speaking|talking|meeting|connecting|"
                    + "seeing you|catching up|to chat|to speak|to talk|to meet|to connect|to see you|to catch up|to reconnect|reconnecting)\\b"
                    + "|\\bfollow(?:ing)?[- ]up (?:on|from|after|to) (?:our|the|your|my) (?:\\w+ )?(?:" + TALK + ")\\b"
                    + "|\\b(?:per|after|from|since|on|during|in|at|about|re|following|since|before) our (?:\\w+ )?(?:" + TALK + ")\\b"
                    + "|\\bour (?:recent |last |earlier |brief |quick |previous |great )?(?:" + TALK + ")s? (?:last|yesterday|earlier|on|this|the other)\\b"
                    + "|\\b(?:enjoyed|loved|appreciated|thanks(?: again)? for|thank you(?: again)? for) (?:our|the) (?:\\w+ )?(?:" + TALK + ")\\b"
                    + "|\\b(?:stopping|stopped|coming|came) by (?:our|the) (?:booth|table|stand)\\b|\\byou stopped by\\b"
                    + "|\\b(?:enjoyed|loved) (?:meeting|chatting|speaking|talking|connecting|catching up)\\b"
                    + "|\\bfollow(?:ing)?[- ]up (?:on|from|after) (?:the|our) (?:\\w+ )?(?:conference|summit|expo|booth|trade show|dinner|event|meetup)\\b"
                    + "|\\bvoicemail\\b|\\b(?:tried|trying) (?:to )?(?:call|reach you by phone)"
                    + "|\\b(?:when|since|after|where|how) we (?:last )?(?:met|spoke|talked|chatted|connected)\\b"
                    + "|\\bwe (?:met|spoke|talked|chatted|connected) (?:at|last|on|earlier|yesterday|briefly|recently|in)\\b"
                    + "|\\blast time we (?:spoke|met|talked|chatted)\\b|\\b(?:met|saw|meeting) you at\\b"
                    + "|\\bthanks? (?:you )?for (?:taking the time to (?:meet|chat|speak|talk)|(?:meeting|chatting|speaking|talking) with me|"
                    + "your time (?:yesterday|earlier|on the|last))"
                    + "|\\b(?:as )?you (?:mentioned|told me|said|shared|noted|asked)\\b|\\byou asked (?:me|us) to\\b"
                    + "|\\bit was (?:great|good|nice) (?:to )?(?:chat|chatting|speak|speaking|talk|talking|meet|meeting)\\b");
    private static final Pattern WRITTEN = Pattern.compile(
            "\\bmy (?:last |previous |earlier |prior |recent |first |original |other )?(?:note|email|e-mail|message|outreach|msg)\\b"
                    + "|\\bfollow(?:ing)?[- ]up (?:on my|from my|again|here|with you|on this|on that)\\b|\\bfollowing up\\s*[.,!-]"
                    + "|\\bcircling back\\b|\\bbumping (?:this|my)\\b|\\bas i (?:wrote|mentioned|said)\\b"
                    + "|\\bi (?:wrote|reached out|emailed|sent you|messaged)\\b|\\bin case (?:my|this|it) (?:\\w+ )?got (?:buried|lost)\\b"
                    + "|\\breaching out again\\b|\\bas promised\\b|\\bprevious(?:ly)? (?:note|email|sent)\\b|\\bone last note\\b");

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        var lower = sentence.lower();
        var spoken = SPOKEN.matcher(lower);
        if (spoken.find()) {
            problems.add(new Problem(sentence.text(), "claims a call or meeting that never happened: " + spoken.group()));
            return;
        }
        var written = WRITTEN.matcher(lower);
        if (evidence.priorTouches == 0 && written.find()) {
            problems.add(new Problem(sentence.text(), "claims prior contact in a first email: " + written.group()));
        }
    }
}

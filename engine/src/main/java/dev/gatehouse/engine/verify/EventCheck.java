package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.signals.SignalKind;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Blocks events at the prospect (an acquisition, a launch, a new role ...) that no signal reports. */
final class EventCheck implements Check {
    private record Event(String name, Pattern claim, Pattern ground, Set<SignalKind> kinds) {
    }

    /** Words that make a launch about the prospect rather than about us. */
    private static final Pattern CUE = Pattern.compile("\\b(?:you|your|you've|you're|congrats|congratulations|saw|noticed)\\b");

    private static final List<Event> EVENTS = List.of(
            event("an acquisition", "\\b(?:acquired|acquisition|acquiring|merger|merged with|was bought|got bought)\\b",
                    "acqui|merge|bought"),
            event("an IPO", "\\b(?:ipo|went public|going public|public listing)\\b", "ipo|public"),
            event("a launch", "\\b(?:launched|launch|launching|"
                    + "unveiled|debuted|rolled out)\\b", "launch|unveil|debut|rolled out|release", SignalKind.NEWS),
            event("an expansion", "\\b(?:expan(?:sion|ded|ding) (?:into|to|in|across)|new (?:office|hq|headquarters|location|"
                    + "warehouse|store|facility|market)s?|opened (?:a|an|the|its|their|your) (?:\\w+ )?(?:office|hq|location|store|"
                    + "warehouse|facility))\\b", "expan|office|opened|opening|new location|new market|warehouse|store|facility"),
            event("hiring", "(?<!without |instead of |before |avoid |avoiding )\\b(?:(?:is|are|'re|been|currently|actively|now) hiring"
                    + "|hiring (?:a|an|two|three|four|five|\\d+|for|several|multiple|more)\\b|open roles?|job (?:posts?|postings?|listings?)"
                    + "|recruiting (?:a|an|for)|just hired|recently hired)\\b", "hiring|hire|recruit|role|job|posting",
                    SignalKind.HIRING),
            event("a new role", "\\b(?:new (?:role|position|job|gig)|you(?:'ve)? (?:recently |just )?(?:joined|stepped into|took over|started)"
                    + "|(?:on|since|after) (?:joining|starting)|promot(?:ed|ion)|appointed|your first (?:\\d+|ninety|90) days)\\b",
                    "join|new role|promot|appoint|named|hire|hiring|started",
                    SignalKind.JOB_CHANGE),
            event("an award", "\\b(?:award|awarded|won (?:the|a|an)|ranked|named (?:to|one of)|recognized as)\\b",
                    "award|won|rank|named|recogni"),
            event("layoffs", "\\b(?:layoffs?|laid off|restructur\\w*|downsiz\\w*|reduction in force)\\b", "layoff|laid off|restructur|downsiz"),
            event("a talk or post", "\\byour (?:recent )?(?:talk|post|article|interview|podcast|webinar|keynote|panel|presentation|"
                    + "blog|op-ed|tweet|comments?)\\b|\\b(?:saw|read|heard|watched) you (?:speak|talk|present|on|at)\\b"
                    + "|\\byou (?:spoke|wrote|posted|presented)\\b", "talk|post|article|interview|podcast|webinar|keynote|panel|presentation|blog|spoke|wrote"),
            event("product usage", "\\byou (?:attended|registered for|joined) (?:our|the)\\b|\\b(?:signed up|your trial|started a trial|trial account|visited our|on our (?:site|website|pricing)"
                    + "|checking out our|downloaded (?:our|the))\\b", "sign|trial|visit|pricing|download|usage|viewed|attend|regist|webinar",
                    SignalKind.PRODUCT_USAGE, SignalKind.INTENT),
            event("a technology change", "\\b(?:you|you've|you're|your team|your company|your finance team)\\s+(?:recently\\s+|just\\s+)?"
                    + "(?:moved|switched|migrated|implemented|adopted|rolled out|are moving|are migrating)\\b",
                    "moved|switch|migrat|implement|adopt|rolled out|rolling out", SignalKind.TECH_ADOPTION));

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        for (var event : EVENTS) {
            var m = event.claim().matcher(sentence.lower());
            if (!m.find() || event.name().equals("a launch") && !CUE.matcher(sentence.lower()).find()) continue;
            boolean grounded = event.kinds().stream().anyMatch(evidence.kinds::contains)
                    || event.ground().matcher(evidence.signalText).find();
            if (!grounded) problems.add(new Problem(sentence.text(), "mentions " + event.name() + " that no signal reports"));
        }
    }

    private static Event event(String name, String claim, String ground, SignalKind... kinds) {
        return new Event(name, Pattern.compile(claim), Pattern.compile(ground), Set.of(kinds));
    }
}

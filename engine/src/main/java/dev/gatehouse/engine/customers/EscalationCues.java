package dev.gatehouse.engine.customers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hot words in what a customer wrote (a ticket, a survey comment): a security incident, legal
 * language, a cancellation threat, or anger — checked in that order, the most serious first.
 * Every pattern is a plain alternation of words, linear in the text's length.
 */
public final class EscalationCues {
    static final int MAX_TEXT = 20_000;
    private static final Pattern SECURITY = p("security (incident|breach|issue)|data (breach|leak)|breached|hacked|compromised"
            + "|unauthori[sz]ed access|leaked|ransomware|malware|phishing|vulnerabilit(y|ies)|exposed (our|customer) data");
    private static final Pattern LEGAL = p("lawyers?|attorneys?|legal action|legal team|lawsuit|sue you|suing|breach of contract"
            + "|cease and desist|litigation|our counsel|sla (breach|violation)|gdpr (complaint|violation)");
    private static final Pattern CANCELLATION = p("cancel(l?ing|l?ed)? (our|the|my) (contract|subscription|account|plan)|cancel(l?ation)?"
            + "|terminat(e|ing|ion)( of)? (our|the) (contract|agreement|subscription)|not (going to )?renew|won'?t (be )?renew(ing)?"
            + "|switch(ing)? to (a )?(another|different|competitor)|moving to a competitor|churn(ing)?|looking at alternatives");
    private static final Pattern ANGRY = p("unacceptable|outrageous|furious|ridiculous|disgusting|fed up|worst|terrible service"
            + "|extremely (disappointed|frustrated|unhappy)|how dare|incompetent|your (manager|supervisor|ceo)|nobody (answers|responds)"
            + "|(full )?refund|wasted? (our|my) (time|money)");

    private static Pattern p(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Optional<EscalationCategory> classify(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        var t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        t = t.toLowerCase(Locale.ROOT);
        if (SECURITY.matcher(t).find()) return Optional.of(EscalationCategory.SECURITY);
        if (LEGAL.matcher(t).find()) return Optional.of(EscalationCategory.LEGAL);
        if (CANCELLATION.matcher(t).find()) return Optional.of(EscalationCategory.CANCELLATION);
        if (ANGRY.matcher(t).find()) return Optional.of(EscalationCategory.ANGRY);
        return Optional.empty();
    }
}

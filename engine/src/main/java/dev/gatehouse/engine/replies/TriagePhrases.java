package dev.gatehouse.engine.replies;

import java.util.regex.Pattern;

/**
 * The phrase patterns the rule phase matches against lower-cased reply text. The text is the
 * sender's, so every pattern must run in linear time: no quantified run may be re-scanned from
 * every position inside it (anchor its start, or make it possessive where what follows cannot
 * begin with what it consumed); {@code HostileTextTest} holds them to that.
 */
final class TriagePhrases {

    private TriagePhrases() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static final Pattern DAEMON_SENDER = p("(mailer-daemon|postmaster|mail delivery (sub)?system)");
    static final Pattern BOUNCE_SUBJECT = p("undeliverable|undelivered|delivery status notification"
            + "|delivery (failure|failed|has failed|incomplete|notification)|failure notice|returned mail"
            + "|mail delivery (failed|failure|subsystem)|could not be delivered|non-?delivery|" + EuropeanPhrases.BOUNCE_SUBJECT);
    static final Pattern BOUNCE_BODY = p("(could ?n[o']t|can ?n[o']t|was ?n[o']t|wasn't|cannot|couldn't) be delivered"
            + "|delivery (to the following recipients? )?(has )?(failed|failure)|address not found"
            + "|recipient address rejected|user unknown|unknown user|no such user|mailbox (is )?(unavailable|not found|full|does not exist)"
            + "|does not exist|permanent (error|failure)|permanently (failed|rejected)"
            + "|the (domain|host) [^ ]+ (couldn't|could not|cannot) be found|message (was )?rejected|undeliverable"
            + "|(message|mail|e-?mail) (was )?not delivered|unable to receive (mail|e-?mail|messages)|address [^ ]+ (could not|couldn't) be found|" + EuropeanPhrases.BOUNCE_BODY);
    static final Pattern STATUS_CODE = p("\\b(5\\.\\d{1,2}\\.\\d{1,3}|550|551|552|553|554)\\b");
    static final Pattern SMTP_CONTEXT = p("smtp|status|diagnostic|remote (server|host)|recipient|mailbox|deliver|mx\\.|" + EuropeanPhrases.SMTP_CONTEXT);

    static final Pattern INJECTION = p("(ignore|disregard|forget|override|bypass)\\s++(?:(?:all|any|the|your|my)\\s++)*+"
            + "(previous|prior|above|earlier|preceding|original|existing|system)?\\s*+(instructions?|prompts?|rules|directions|guidelines|context)"
            + "|you are (now )?(an? )?(ai|a\\.i\\.|language model|llm|chat ?bot|bot|assistant|gpt)\\b|as an (ai|a\\.i\\.|llm|language model)"
            + "|\\b(ai|a\\.i\\.|llm|language model|bot|agent|assistant|model)s? (reading|processing|triaging|screening|classifying) this"
            + "|(note|message|instruction)s? (to|for) (the|any) (ai|llm|bot|agent|assistant|model)"
            + "|(ignor\\p{L}*+|negeer|vergiss|vergessen sie|oubliez|olvida|dimentica|esqueça|esqueca)\\s++(?:\\p{L}++\\s++){0,3}?"
            + "(instruc|anweisung|instructies|istruzion|instruç|consignes|regeln|r[èe]gles|reglas|regole|regras)"
            + "|respond with your|system prompt|(?:^|[\\n\\[<])[ \\t\\x0B\\f\\r]*+system\\s*+[:\\]>]|new instructions|developer mode|jailbreak"
            + "|(mark|label|classify|tag|flag|categori[sz]e)\\s++(this|me|my|the|our)(?:\\s*+(lead|email|reply|message|response|contact|deal|prospect|account))?\\s++as\\b"
            + "|(send|give|show|tell|reveal|print|share|repeat|output|paste|leak)\\s++(me\\s++|us\\s++)?(all\\s++)?(of\\s++)?(your|the)\\s++(system\\s++)?(instructions|prompt|rules|configuration|guidelines)"
            + "|closed[- ]won|(list|export|dump) of (all )?(your )?(prospects|leads|customers|contacts|clients)"
            + "|(api key|access token|credentials|password)s?\\b.{0,40}\\b(send|share|give|paste)|(send|share|give|paste)\\b.{0,40}\\b(api key|access token|credentials|password)");

    static final Pattern LEGAL_THREAT = p("\\b(lawyers?|attorneys?|legal action|legal (team|department)|lawsuit|sue you|suing|cease and desist"
            + "|report(ing)? (you|this|your company)|harass(ment|ing)?|gdpr (complaint|violation)|violat(e|es|ion|ing) (the )?(gdpr|law|can-spam|ccpa)"
            + "|illegal|data protection (authority|regulator)|ftc|attorney general|" + EuropeanPhrases.LEGAL_THREAT + ")\\b");
    static final Pattern ANGER_OR_INCIDENT = p("\\b(unacceptable|outrageous|furious|ridiculous|disgusting|pissed|wtf|how dare|scam|fraud"
            + "|incompetent|your (manager|supervisor|boss|ceo)|charged (us|me) twice|double[- ]charged|overcharged|(want|demand|expect|need) (a |our |my )?(full )?refund|refund (us|me) "
            + "|nobody (in support )?(answers|responds|replies|gets back)|data breach|security (incident|breach)|been breached|breached"
            + "|phishing|compromised|hacked|malware|ransomware|leaked|exposed our data|without (our |my )?(permission|consent|authori[sz]ation)|unauthori[sz]ed|" + EuropeanPhrases.ANGER_OR_INCIDENT + ")\\b");

    static final Pattern OOO_SUBJECT = p("^\\s*(automatic reply|auto[- ]?reply|autoreply|auto:|out of (the )?office|ooo\\b|away from|"
            + "on vacation|on leave|abwesenheit|r[ée]ponse automatique|respuesta autom|" + EuropeanPhrases.OOO_SUBJECT + ")");
    static final Pattern OOO_BODY = p("out of (the )?office|\\booo\\b|away from (the |my )?(office|desk|email|inbox)"
            + "|(i am|i'm|i will be|i'll be|currently) (away|travell?ing|offline|out of (the )?(office|country|town))\\b|on (annual |parental |maternity |paternity |medical |sick |extended )?leave"
            + "|on (vacation|holiday|holidays|pto|sabbatical)|(limited|no|intermittent|restricted) access to (my )?(e-?mail|inbox|messages)"
            + "|out sick|(upon|on|when i|after my) return|automatic reply|auto-?reply|will (respond|reply|get back to you) (as soon as|when|on|upon)|" + EuropeanPhrases.OOO_BODY);

    static final Pattern UNSUBSCRIBE = p("unsubscribe|\\bunsub\\b|take (me|us|my (email|address|name)) off|remove (me|us|my (email|address|name|details))\\b"
            + "|off (of )?(your|the|this) (mailing |email |contact )?list|stop (e-?mailing|contacting|messaging|sending|writing|spamming|reaching out)"
            + "|(do not|don't|dont|never) (e-?mail|contact|message|write to|reach out to) (me|us)|opt (me |us )?out|no more (e-?mails|messages)"
            + "|(do not|don't) (e-?mail|contact) (again|anymore)"
            + "|(delete|erase|remove|purge) (all )?(of )?(my|our) (personal )?(data|details|information|contact details)|right to (erasure|be forgotten)"
            + "|not to (contact|e-?mail|message) (me|us)|" + EuropeanPhrases.UNSUBSCRIBE + "|^\\W*(stop|remove|unsubscribe|" + EuropeanPhrases.UNSUBSCRIBE_WORD + ")\\W*(" + EuropeanPhrases.PLEASE + ")?\\W*$");

    /** Starts only where a run of address characters starts, so a long run without an address is read once. */
    static final Pattern EMAIL = p("(?<![a-z0-9._%+'-])[a-z0-9._%+'-]++@[a-z0-9.-]+\\.[a-z]{2,}");
    static final Pattern DEPARTURE = p("\\b(no longer (with|at|work|works|working|employed)|(i|he|she|they) (have |has )?left (the company|the firm|the team|[a-z]+ (last|in))|has left|left the company|is no longer|moved on from)|" + EuropeanPhrases.DEPARTURE);
    static final Pattern STRONG_REFERRAL = p("right person|wrong person|better person|better contact|best person|not my area|not the (right|best)"
            + "|\\b(owns|handles|runs|manages (this|that|our|the) (budget|area|team|process)|leads|responsible for|in charge of|looks after|takes care of)\\b|department|colleague|" + EuropeanPhrases.STRONG_REFERRAL);
    static final Pattern REFERRAL_CUE = p("makes? (the|these|those|this|that) (calls?|decisions?)|(her|his|their) (e-?mail|address) is|decides|decision[- ]maker|signs? off"
            + "|point of contact|(reach|email|ping|contact) (her|him|them)|better suited|instead|in my place|who (can|could|would) help|right team|"
            + "right person|wrong person|better (person|contact)|not my (area|department|call|decision)"
                    + "|talk (to|with)|speak (to|with)|reach out to|contact (our|my|the|him|her)|loop(ing)? in|forward(ing|ed)?|introduc"
                    + "|colleague|successor|replacement|handles|in charge|owns|responsible for|department|no longer|left the"
                    + "|\\btry (our|my|the|him|her)|ask (for|our)|cc'?d|copying|adding|" + EuropeanPhrases.REFERRAL_CUE);
    static final Pattern SCHEDULING = p("calendar|assistant|\\bbook\\b|schedul|availability|\\bslot|invite|set up (a )?(time|call|meeting)|" + EuropeanPhrases.SCHEDULING);
    static final Pattern SEND_TO = p("send\\b[^.?!\\n]{0,60}\\bto\\s*$");
}

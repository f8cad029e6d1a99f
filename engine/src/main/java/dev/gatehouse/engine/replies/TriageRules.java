package dev.gatehouse.engine.replies;

import static dev.gatehouse.engine.replies.TriagePhrases.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The deterministic first phase of triage: mail-system signals, injections, threats,
 * out-of-office, unsubscribe and referral. Empty when the reply needs the classifier.
 */
public final class TriageRules {

    public Optional<TriageResult> apply(InboundReply reply) {
        return apply(reply, ReplyText.fresh(reply.body()));
    }

    Optional<TriageResult> apply(InboundReply reply, String fresh) {
        var subject = reply.subject();
        var text = (subject + "\n" + fresh).toLowerCase(Locale.ROOT);
        var bounce = bounce(reply, subject, fresh);
        if (bounce.isPresent()) return bounce;
        if (INJECTION.matcher(text).find()) {
            return Optional.of(escalation(0.95, true, "looks like a prompt-injection attempt"));
        }
        if (LEGAL_THREAT.matcher(fresh).find()) {
            return Optional.of(escalation(0.9, false, "legal threat or complaint"));
        }
        var departed = departureReferral(reply, fresh);
        if (departed.isPresent()) return departed;
        var ooo = outOfOffice(reply, subject, fresh);
        if (ooo.isPresent()) return ooo;
        if (UNSUBSCRIBE.matcher(fresh).find() || ClauseRequests.asksToBeRemoved(fresh) || UNSUBSCRIBE.matcher(subject).find() && fresh.length() < 80) {
            return Optional.of(TriageResult.of(ReplyLabel.UNSUBSCRIBE, 0.95, "asks to be removed"));
        }
        if (ANGER_OR_INCIDENT.matcher(fresh).find()) {
            return Optional.of(escalation(0.85, false, "anger, complaint or security incident"));
        }
        return referral(reply, fresh);
    }

    private Optional<TriageResult> bounce(InboundReply reply, String subject, String fresh) {
        var contentType = String.join(";", reply.header("Content-Type")).toLowerCase(Locale.ROOT);
        if (contentType.contains("delivery-status") || contentType.contains("multipart/report")) {
            return Optional.of(TriageResult.of(ReplyLabel.BOUNCE, 0.99, "delivery status report"));
        }
        if (DAEMON_SENDER.matcher(reply.from()).find()) {
            return Optional.of(TriageResult.of(ReplyLabel.BOUNCE, 0.97, "sent by the mail system"));
        }
        if (BOUNCE_SUBJECT.matcher(subject).find()) {
            return Optional.of(TriageResult.of(ReplyLabel.BOUNCE, 0.95, "delivery failure subject"));
        }
        boolean code = STATUS_CODE.matcher(fresh).find() && SMTP_CONTEXT.matcher(fresh).find();
        if (code || BOUNCE_BODY.matcher(fresh).find() && SMTP_CONTEXT.matcher(fresh).find()) {
            return Optional.of(TriageResult.of(ReplyLabel.BOUNCE, 0.9, "delivery failure text"));
        }
        return Optional.empty();
    }

    private Optional<TriageResult> outOfOffice(InboundReply reply, String subject, String fresh) {
        String reason = null;
        double confidence = 0.85;
        var autoSubmitted = reply.firstHeader("Auto-Submitted").orElse("no").toLowerCase(Locale.ROOT);
        if (!autoSubmitted.startsWith("no")) {
            reason = "Auto-Submitted: " + autoSubmitted;
            confidence = 0.95;
        } else if (!reply.header("X-Autoreply").isEmpty() || !reply.header("X-Autorespond").isEmpty()
                || reply.firstHeader("Precedence").orElse("").equalsIgnoreCase("auto_reply")) {
            reason = "auto-reply header";
            confidence = 0.95;
        } else if (OOO_SUBJECT.matcher(subject).find()) {
            reason = "auto-reply subject";
            confidence = 0.9;
        } else if (OOO_BODY.matcher(fresh).find()) {
            reason = "out-of-office wording";
        }
        if (reason == null) return Optional.empty();
        var back = ReturnDates.find(fresh, reply.received(), dayFirst(reply, fresh)).orElse(null);
        var reasons = back == null ? List.of(reason) : List.of(reason, "back " + back);
        return Optional.of(new TriageResult(ReplyLabel.OUT_OF_OFFICE, confidence, back, null, false, reasons));
    }

    static boolean dayFirst(InboundReply reply, String fresh) {
        return ReturnDates.dayFirst(reply.from(), LanguageDetector.detect(reply.subject() + "\n" + fresh));
    }

    private Optional<TriageResult> departureReferral(InboundReply reply, String fresh) {
        if (!DEPARTURE.matcher(fresh).find()) return Optional.empty();
        return offeredAddress(reply, fresh).map(address -> referral(address, "sender has left; offers " + address));
    }

    private Optional<TriageResult> referral(InboundReply reply, String fresh) {
        var address = offeredAddress(reply, fresh);
        if (address.isEmpty()) return Optional.empty();
        boolean strong = STRONG_REFERRAL.matcher(fresh).find();
        if (!strong && SCHEDULING.matcher(fresh).find()) {
            return Optional.of(TriageResult.of(ReplyLabel.MEETING_REQUEST, 0.8, "offers a scheduling contact"));
        }
        if (!strong && !REFERRAL_CUE.matcher(fresh).find()) return Optional.empty();
        return Optional.of(referral(address.get(), "offers " + address.get() + " as the contact"));
    }

    /** The first address in the new text that is not the sender's and not a "send it to" target. */
    private Optional<String> offeredAddress(InboundReply reply, String fresh) {
        var sender = reply.from().toLowerCase(Locale.ROOT);
        Boolean strong = null; // looked up once, not once per address: the text may hold thousands
        Matcher m = EMAIL.matcher(fresh);
        while (m.find()) {
            var address = m.group().toLowerCase(Locale.ROOT);
            if (!sender.isEmpty() && sender.contains(address)) continue;
            var before = fresh.substring(Math.max(0, m.start() - 80), m.start());
            if (SEND_TO.matcher(before).find()) {
                if (strong == null) strong = STRONG_REFERRAL.matcher(fresh).find();
                if (!strong) continue;
            }
            return Optional.of(address);
        }
        return Optional.empty();
    }

    private static TriageResult referral(String address, String reason) {
        return new TriageResult(ReplyLabel.REFERRAL, 0.9, null, address, false, List.of(reason));
    }

    private static TriageResult escalation(double confidence, boolean injection, String reason) {
        return new TriageResult(ReplyLabel.ESCALATION, confidence, null, null, injection, List.of(reason));
    }
}

package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.UsageMeter.Metered;
import dev.gatehouse.engine.replies.InboundReply;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ReplyText;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.TriageResult;
import dev.gatehouse.engine.replies.TriageRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reply triage by an LLM ({@code prompts/triage.md}) through the {@link Services.ReplyLabeller} AI service,
 * answering a {@link TriageAnswer}, with the offline triage behind it.
 * The deterministic rules run first and are final for bounces, out-of-office, unsubscribe and
 * escalations (injections included): the reply is untrusted text, so it must never be able to talk
 * the model into "interested". One attempt, no retry; any failure (HTTP, timeout, malformed answer)
 * falls back to the offline triage. Every call is metered with purpose {@code triage_reply}.
 */
public final class LlmTriage implements ReplyTriage {
    public static final String PURPOSE = "triage_reply";
    /** The intent sits in the opening of a reply; this bounds the cost of a pasted novel. */
    static final int MAX_REPLY_CHARS = 4000;

    private static final Logger log = LoggerFactory.getLogger(LlmTriage.class);
    private static final Set<ReplyLabel> DECIDED_BY_RULES = EnumSet.of(
            ReplyLabel.BOUNCE, ReplyLabel.OUT_OF_OFFICE, ReplyLabel.UNSUBSCRIBE, ReplyLabel.ESCALATION);

    private final Llm llm;
    private final Services.ReplyLabeller service;
    private final ReplyTriage offline;
    private final TriageRules rules = new TriageRules();

    public LlmTriage(Llm llm, ReplyTriage offline) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.service = Services.build(Services.ReplyLabeller.class, llm);
        this.offline = Objects.requireNonNull(offline, "offline");
    }

    /** The triage for this configuration: the offline one alone when no provider is set. */
    public static ReplyTriage forConfig(LlmConfig config, ReplyTriage offline, UsageSink usage) {
        return Llm.forConfig(config, usage).<ReplyTriage>map(llm -> new LlmTriage(llm, offline)).orElse(offline);
    }

    @Override
    public TriageResult triage(InboundReply reply) {
        return triage(reply, null);
    }

    /** @param touchId the touch replied to, recorded with the usage rows; null when not known */
    public TriageResult triage(InboundReply reply, Long touchId) {
        var ruled = rules.apply(reply);
        if (ruled.isPresent() && (ruled.get().injectionSuspected() || DECIDED_BY_RULES.contains(ruled.get().label()))) {
            return ruled.get();
        }
        var material = material(reply);
        Metered<TriageAnswer> metered = llm.meter().call(PURPOSE, touchId, false,
                () -> service.label(Prompts.TRIAGE, material));
        return switch (metered) {
            case Metered.Answer<TriageAnswer> answer -> result(answer.value(), reply);
            case Metered.Unusable<TriageAnswer> unusable ->
                    fallBack(reply, "malformed answer: " + unusable.detail(), unusable.latencyMs(), touchId);
            case Metered.Failed<TriageAnswer> failed -> {
                var classified = Failures.classify(failed.error(), 0);
                yield fallBack(reply, classified.failure() + " " + classified.detail(), failed.latencyMs(), touchId);
            }
        };
    }

    private static String material(InboundReply reply) {
        var fresh = ReplyText.fresh(reply.body());
        if (fresh.length() > MAX_REPLY_CHARS) fresh = fresh.substring(0, MAX_REPLY_CHARS);
        var from = reply.from().isEmpty() ? "" : "From: " + Resources.untrusted(reply.from()) + "\n";
        return "Received on " + reply.received() + ".\n\n<data>\n" + from
                + "Subject: " + Resources.untrusted(reply.subject()) + "\n\n" + Resources.untrusted(fresh)
                + "\n</data>";
    }

    /** The model's label; a return date only for out-of-office, an address only for a referral and only if written. */
    private TriageResult result(TriageAnswer answer, InboundReply reply) {
        var label = answer.label();
        var referredTo = answer.referredTo() == null ? null : answer.referredTo().toLowerCase(Locale.ROOT);
        var reasons = new ArrayList<String>();
        reasons.add("labelled by " + llm.provider() + " " + llm.model());
        if (label == ReplyLabel.REFERRAL && referredTo != null && !mentioned(referredTo, reply)) {
            reasons.add("dropped " + referredTo + ": not written in the reply");
            referredTo = null;
        }
        return new TriageResult(label, answer.confidence(),
                label == ReplyLabel.OUT_OF_OFFICE ? answer.returnMonthDay() : null,
                label == ReplyLabel.REFERRAL ? referredTo : null, false, reasons);
    }

    private static boolean mentioned(String address, InboundReply reply) {
        return (reply.subject() + "\n" + reply.body()).toLowerCase(Locale.ROOT).contains(address);
    }

    private TriageResult fallBack(InboundReply reply, String why, long latencyMs, Long touchId) {
        log.warn("LLM triage {} ({}) failed: {}; using the offline triage", llm.provider(), llm.model(), why);
        var result = offline.triage(reply);
        llm.meter().fallback(PURPOSE, touchId, latencyMs);
        return result;
    }
}

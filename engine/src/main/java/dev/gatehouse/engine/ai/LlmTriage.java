package dev.gatehouse.engine.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.engine.ai.LlmCall.Outcome;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.replies.InboundReply;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ReplyText;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.TriageResult;
import dev.gatehouse.engine.replies.TriageRules;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reply triage by an LLM ({@code prompts/triage-reply.txt}), with the offline triage behind it.
 * The deterministic rules run first and are final for bounces, out-of-office, unsubscribe and
 * escalations (injections included): the reply is untrusted text, so it must never be able to talk
 * the model into "interested". One attempt, no retry; any failure (HTTP, timeout, malformed answer)
 * falls back to the offline triage. Every call is metered with purpose {@code triage_reply}.
 */
public final class LlmTriage implements ReplyTriage {
    public static final String PURPOSE = "triage_reply";
    static final String RESOURCE = "/prompts/triage-reply.txt";
    /** The intent sits in the opening of a reply; this bounds the cost of a pasted novel. */
    static final int MAX_REPLY_CHARS = 4000;

    private static final Logger log = LoggerFactory.getLogger(LlmTriage.class);
    private static final Set<ReplyLabel> DECIDED_BY_RULES = EnumSet.of(
            ReplyLabel.BOUNCE, ReplyLabel.OUT_OF_OFFICE, ReplyLabel.UNSUBSCRIBE, ReplyLabel.ESCALATION);
    private static final Set<String> FIELDS = Set.of("label", "confidence", "return_date", "referred_to");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("reply_triage").rootElement(JsonObjectSchema.builder()
                    .addProperty("label", JsonEnumSchema.builder()
                            .enumValues(Arrays.stream(ReplyLabel.values()).map(ReplyLabel::wire).toList()).build())
                    .addNumberProperty("confidence")
                    .addProperty("return_date", nullableString())
                    .addProperty("referred_to", nullableString())
                    .required("label", "confidence", "return_date", "referred_to")
                    .additionalProperties(false)
                    .build()).build())
            .build();

    private final ChatModel model;
    private final String provider;
    private final String modelName;
    private final PriceTable prices;
    private final ReplyTriage offline;
    private final UsageSink usage;
    private final TriageRules rules = new TriageRules();
    private final String system = Resources.text(RESOURCE);

    public LlmTriage(ChatModel model, LlmConfig config, ReplyTriage offline, UsageSink usage) {
        this.model = Objects.requireNonNull(model, "model");
        this.provider = config.provider().wire();
        this.modelName = config.model();
        this.prices = config.prices();
        this.offline = Objects.requireNonNull(offline, "offline");
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    /** The triage for this configuration: the offline one alone when no provider is set. */
    public static ReplyTriage forConfig(LlmConfig config, ReplyTriage offline, UsageSink usage) {
        return ChatModels.create(config)
                .<ReplyTriage>map(model -> new LlmTriage(model, config, offline, usage))
                .orElse(offline);
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
        long started = System.nanoTime();
        int in = 0;
        int out = 0;
        try {
            var response = model.chat(request(reply));
            var tokens = response.tokenUsage();
            in = tokens == null || tokens.inputTokenCount() == null ? 0 : tokens.inputTokenCount();
            out = tokens == null || tokens.outputTokenCount() == null ? 0 : tokens.outputTokenCount();
            var result = parse(response.aiMessage() == null ? null : response.aiMessage().text(), reply);
            record(in, out, started, Outcome.OK, touchId);
            return result;
        } catch (MalformedOutputException e) {
            record(in, out, started, Outcome.MALFORMED, touchId);
            return fallBack(reply, "malformed answer: " + e.getMessage(), started, touchId);
        } catch (RuntimeException e) {
            record(0, 0, started, Outcome.FAILED, touchId);
            var failed = Failures.classify(e, 0);
            return fallBack(reply, failed.failure() + " " + failed.detail(), started, touchId);
        }
    }

    private ChatRequest request(InboundReply reply) {
        var fresh = ReplyText.fresh(reply.body());
        if (fresh.length() > MAX_REPLY_CHARS) fresh = fresh.substring(0, MAX_REPLY_CHARS);
        var from = reply.from().isEmpty() ? "" : "From: " + Resources.untrusted(reply.from()) + "\n";
        var user = "Received on " + reply.received() + ".\n\n<data>\n" + from
                + "Subject: " + Resources.untrusted(reply.subject()) + "\n\n" + Resources.untrusted(fresh)
                + "\n</data>";
        var chat = ChatRequest.builder().messages(SystemMessage.from(system), UserMessage.from(user));
        if (model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) chat.responseFormat(FORMAT);
        return chat.build();
    }

    /** Strict: an unknown label, a confidence outside 0..1 or a badly shaped field make the whole answer malformed. */
    TriageResult parse(String text, InboundReply reply) {
        if (text == null || text.isBlank()) throw new MalformedOutputException("empty answer");
        JsonNode root;
        try {
            root = Json.readOneValue(unfence(text.strip()));
        } catch (JsonProcessingException e) {
            throw new MalformedOutputException("not JSON");
        }
        if (!(root instanceof ObjectNode object)) throw new MalformedOutputException("not a JSON object");
        var extra = new ArrayList<String>();
        object.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) extra.add(f);
        });
        if (!extra.isEmpty()) throw new MalformedOutputException("unexpected fields " + extra);
        var labelNode = object.path("label");
        var label = Optional.of(labelNode).filter(JsonNode::isTextual).flatMap(n -> ReplyLabel.fromWire(n.textValue()))
                .orElseThrow(() -> new MalformedOutputException("unknown label " + labelNode));
        var confidenceNode = object.path("confidence");
        if (!confidenceNode.isNumber() || !(confidenceNode.doubleValue() >= 0 && confidenceNode.doubleValue() <= 1)) {
            throw new MalformedOutputException("confidence must be a number in 0..1, got " + confidenceNode);
        }
        var returnDate = returnDate(object.get("return_date"));
        var referredTo = referredTo(object.get("referred_to"));
        var reasons = new ArrayList<String>();
        reasons.add("labelled by " + provider + " " + modelName);
        if (label == ReplyLabel.REFERRAL && referredTo != null && !mentioned(referredTo, reply)) {
            reasons.add("dropped " + referredTo + ": not written in the reply");
            referredTo = null;
        }
        return new TriageResult(label, confidenceNode.doubleValue(),
                label == ReplyLabel.OUT_OF_OFFICE ? returnDate : null,
                label == ReplyLabel.REFERRAL ? referredTo : null, false, reasons);
    }

    private static MonthDay returnDate(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual() || !MONTH_DAY.matcher(node.textValue().strip()).matches()) {
            throw new MalformedOutputException("return_date must be \"MM-DD\" or null, got " + node);
        }
        try {
            return MonthDay.parse("--" + node.textValue().strip());
        } catch (DateTimeException e) {
            throw new MalformedOutputException("return_date is not a date: " + node);
        }
    }

    private static String referredTo(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual() || !EMAIL.matcher(node.textValue().strip()).matches()) {
            throw new MalformedOutputException("referred_to must be an email address or null, got " + node);
        }
        return node.textValue().strip().toLowerCase(Locale.ROOT);
    }

    /** Only a Markdown fence around the object is forgiven, as for the writer. */
    private static String unfence(String text) {
        if (!text.startsWith("```")) return text;
        int firstNewline = text.indexOf('\n');
        int closing = text.lastIndexOf("```");
        if (firstNewline < 0 || closing <= firstNewline) return text;
        return text.substring(firstNewline + 1, closing).strip();
    }

    private static boolean mentioned(String address, InboundReply reply) {
        return (reply.subject() + "\n" + reply.body()).toLowerCase(Locale.ROOT).contains(address);
    }

    private TriageResult fallBack(InboundReply reply, String why, long started, Long touchId) {
        log.warn("LLM triage {} ({}) failed: {}; using the offline triage", provider, modelName, why);
        var result = offline.triage(reply);
        usage.record(new LlmCall(PURPOSE, provider, modelName, 0, 0, null, true, elapsedMs(started), Outcome.FALLBACK),
                touchId);
        return result;
    }

    private void record(int in, int out, long started, Outcome outcome, Long touchId) {
        var cost = prices.cost(modelName, in, out);
        usage.record(new LlmCall(PURPOSE, provider, modelName, in, out, cost.usd(), cost.priced(), elapsedMs(started),
                outcome), touchId);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static JsonAnyOfSchema nullableString() {
        return JsonAnyOfSchema.builder().anyOf(new JsonStringSchema(), new JsonNullSchema()).build();
    }
}

package dev.gatehouse.engine.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.engine.ai.LlmCall.Outcome;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.writing.Draft;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An LLM that flags unsupported claims ({@code prompts/judge-claims.txt}). One attempt, no retry:
 * it only adds to the rule-based verifier, so a failure costs nothing but the second opinion. A
 * flagged claim must be quoted from the draft, else it is dropped (the reviewer is shown the exact
 * words). Every call is metered with purpose {@code judge_claims}.
 */
public final class LlmJudge implements ClaimJudge {
    public static final String PURPOSE = "judge_claims";
    private static final Logger log = LoggerFactory.getLogger(LlmJudge.class);
    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("claim_problems").rootElement(JsonObjectSchema.builder()
                    .addProperty("problems", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                            .addStringProperty("claim").addStringProperty("reason")
                            .required("claim", "reason").additionalProperties(false).build()).build())
                    .required("problems").additionalProperties(false).build()).build())
            .build();

    private final ChatModel model;
    private final String provider;
    private final String modelName;
    private final PriceTable prices;
    private final UsageSink usage;
    private final String rules = Resources.text("/prompts/judge-claims.txt");

    public LlmJudge(ChatModel model, LlmConfig config, UsageSink usage) {
        this.model = Objects.requireNonNull(model, "model");
        this.provider = config.provider().wire();
        this.modelName = config.model();
        this.prices = config.prices();
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    @Override
    public List<Problem> judge(Draft draft, String groundsText) {
        return judge(draft, groundsText, null);
    }

    public List<Problem> judge(Draft draft, String groundsText, Long touchId) {
        var request = ChatRequest.builder().messages(SystemMessage.from(rules), UserMessage.from(
                "GROUNDS:\n<data>\n" + Resources.untrusted(groundsText) + "\n</data>\n\nDRAFT:\n<data>\nSubject: "
                        + Resources.untrusted(draft.subject()) + "\n\n" + Resources.untrusted(draft.body()) + "\n</data>"));
        if (model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) request.responseFormat(FORMAT);
        long started = System.nanoTime();
        try {
            var response = model.chat(request.build());
            var tokens = response.tokenUsage();
            int in = tokens == null || tokens.inputTokenCount() == null ? 0 : tokens.inputTokenCount();
            int out = tokens == null || tokens.outputTokenCount() == null ? 0 : tokens.outputTokenCount();
            try {
                var problems = parse(response.aiMessage().text(), draft);
                record(in, out, started, Outcome.OK, touchId);
                return problems;
            } catch (MalformedOutputException e) {
                record(in, out, started, Outcome.MALFORMED, touchId);
                log.warn("claim judge answered malformed JSON ({}); keeping the rule-based result", e.getMessage());
                return List.of();
            }
        } catch (RuntimeException e) {
            record(0, 0, started, Outcome.FAILED, touchId);
            log.warn("claim judge failed ({}); keeping the rule-based result", Failures.classify(e, 0).detail());
            return List.of();
        }
    }

    static List<Problem> parse(String text, Draft draft) {
        JsonNode root;
        try {
            root = Json.readOneValue(text == null ? "" : text.strip());
        } catch (JsonProcessingException e) {
            throw new MalformedOutputException("not JSON");
        }
        if (root == null || !root.path("problems").isArray()) throw new MalformedOutputException("no problems array");
        var haystack = (draft.subject() + "\n" + draft.body()).toLowerCase(Locale.ROOT);
        var problems = new ArrayList<Problem>();
        for (var item : root.get("problems")) {
            var claim = item.path("claim").asText("").strip();
            var reason = item.path("reason").asText("").strip();
            if (claim.isEmpty() || !haystack.contains(claim.toLowerCase(Locale.ROOT))) continue;
            problems.add(new Problem(claim, reason.isEmpty() ? "not supported by the signals or approved proof points"
                    : reason));
        }
        return List.copyOf(problems);
    }

    private void record(int in, int out, long started, Outcome outcome, Long touchId) {
        var cost = prices.cost(modelName, in, out);
        usage.record(new LlmCall(PURPOSE, provider, modelName, in, out, cost.usd(), cost.priced(),
                (System.nanoTime() - started) / 1_000_000, outcome), touchId);
    }
}

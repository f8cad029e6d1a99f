package dev.gatehouse.engine.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Offer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code verify} command: JSON Lines in, one verdict line out per input line, same {@code id}
 * (format: shared/eval/README.md). Signal ids are strings there and become their position. A bad
 * line is answered with a block naming the problem and the rest go on; blank lines are skipped.
 * Optional input fields {@code names} (not claims) and {@code prior_touches} feed the grounds; a
 * subject starting with "Re:" counts as a follow-up when {@code prior_touches} is absent.
 */
public final class VerifyJsonl {
    private final Verifier verifier;

    public VerifyJsonl(Verifier verifier) {
        this.verifier = verifier;
    }

    /** Returns the number of lines answered. */
    public int run(Reader in, Writer out) {
        try {
            var lines = new BufferedReader(in);
            int count = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) continue;
                out.write(Json.mapper().writeValueAsString(answer(line)));
                out.write('\n');
                out.flush();
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode answer(String line) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            return invalid(null, "not valid JSON");
        }
        if (node == null || !node.isObject()) return invalid(null, "not a JSON object");
        var id = node.get("id");
        try {
            var verdict = verifier.verify(draft(node), grounds(node));
            var out = Json.mapper().createObjectNode();
            out.set("id", id);
            out.put("verdict", verdict.passed() ? "pass" : "block");
            var problems = out.putArray("problems");
            for (var p : verdict.problems()) problems.addObject().put("claim", p.claim()).put("reason", p.reason());
            return out;
        } catch (Invalid | RuntimeException e) {
            return invalid(id, e instanceof Invalid ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Draft draft(JsonNode node) throws Invalid {
        var draft = object(node, "draft");
        return new Draft(text(draft, "subject", false), text(draft, "body", true), List.of(), "input", null);
    }

    private static Grounds grounds(JsonNode node) throws Invalid {
        var offer = object(node, "offer");
        var signals = new ArrayList<Signal>();
        var signalNodes = node.path("signals");
        if (!signalNodes.isMissingNode() && !signalNodes.isNull() && !signalNodes.isArray()) throw new Invalid("signals is not a list");
        for (int i = 0; i < signalNodes.size(); i++) {
            var s = signalNodes.get(i);
            if (!s.isObject()) throw new Invalid("signal " + (i + 1) + " is not an object");
            var kind = SignalKind.fromWire(s.path("kind").asText(null)).orElse(SignalKind.NEWS);
            signals.add(new Signal(i + 1, 0, null, kind, text(s, "summary", true), s.path("source_url").asText(null), Instant.EPOCH));
        }
        var names = strings(node, "names");
        var product = text(offer, "product", false);
        var sender = node.path("sender").asText("");
        return new Grounds(new Offer(product, text(offer, "value_prop", false), strings(offer, "proof_points"),
                strings(offer, "customers"), sender, null), signals, names, priorTouches(node));
    }

    private static int priorTouches(JsonNode node) {
        var prior = node.get("prior_touches");
        if (prior != null && prior.canConvertToInt()) return Math.max(0, prior.asInt());
        if (prior != null && prior.isArray()) return prior.size();
        var subject = node.path("draft").path("subject").asText("").strip().toLowerCase(java.util.Locale.ROOT);
        return subject.startsWith("re:") ? 1 : 0;
    }

    private static JsonNode object(JsonNode node, String field) throws Invalid {
        var value = node.get(field);
        if (value == null || value.isNull()) throw new Invalid("missing " + field);
        if (!value.isObject()) throw new Invalid(field + " is not an object");
        return value;
    }

    private static String text(JsonNode node, String field, boolean required) throws Invalid {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) throw new Invalid("missing " + field);
            return "";
        }
        if (!value.isTextual()) throw new Invalid(field + " is not a string");
        return value.asText();
    }

    private static List<String> strings(JsonNode parent, String field) throws Invalid {
        var node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) return List.of();
        if (!node.isArray()) throw new Invalid(field + " is not a list of strings");
        var out = new ArrayList<String>();
        for (var item : node) {
            if (!item.isTextual()) throw new Invalid(field + " is not a list of strings");
            out.add(item.asText());
        }
        return out;
    }

    private ObjectNode invalid(JsonNode id, String what) {
        var out = Json.mapper().createObjectNode();
        out.set("id", id);
        out.put("verdict", "block");
        out.putArray("problems").addObject().put("claim", "").put("reason", "invalid input: " + what);
        return out;
    }

    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}

package dev.gatehouse.engine.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.engine.config.Json;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The writer's output contract: {@code {"subject":…,"body":…,"cited_signal_ids":[…]}}, as a JSON
 * schema for the provider and a strict parser for the answer. Only a Markdown code fence around the
 * object is forgiven (some models add one even when told not to).
 */
final class DraftJson {
    record Parsed(String subject, String body, List<Long> citedSignalIds) {
    }

    static final Set<String> FIELDS = Set.of("subject", "body", "cited_signal_ids");

    static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("email_draft")
                    .rootElement(JsonObjectSchema.builder()
                            .addStringProperty("subject")
                            .addStringProperty("body")
                            .addProperty("cited_signal_ids", JsonArraySchema.builder().items(new JsonIntegerSchema()).build())
                            .required("subject", "body", "cited_signal_ids")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private DraftJson() {
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) throw new MalformedOutputException("empty answer");
        JsonNode root;
        try {
            root = Json.readOneValue(unfence(text.strip()));
        } catch (JsonProcessingException e) {
            throw new MalformedOutputException("not JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object)) throw new MalformedOutputException("not a JSON object");
        var extra = new ArrayList<String>();
        object.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) extra.add(f);
        });
        if (!extra.isEmpty()) throw new MalformedOutputException("unexpected fields " + extra);
        var subject = text(object, "subject");
        var body = text(object, "body");
        var ids = object.get("cited_signal_ids");
        if (ids == null || !ids.isArray()) throw new MalformedOutputException("cited_signal_ids must be an array");
        var cited = new ArrayList<Long>();
        for (var id : ids) {
            if (!id.isIntegralNumber() || !id.canConvertToLong()) {
                throw new MalformedOutputException("cited_signal_ids must hold whole numbers, got " + id);
            }
            cited.add(id.longValue());
        }
        return new Parsed(subject.strip(), body.strip(), List.copyOf(cited));
    }

    private static String text(ObjectNode object, String field) {
        var node = object.get(field);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new MalformedOutputException(field + " must be a non-empty string");
        }
        return node.textValue();
    }

    private static String unfence(String text) {
        if (!text.startsWith("```")) return text;
        int firstNewline = text.indexOf('\n');
        int closing = text.lastIndexOf("```");
        if (firstNewline < 0 || closing <= firstNewline) return text;
        return text.substring(firstNewline + 1, closing).strip();
    }
}

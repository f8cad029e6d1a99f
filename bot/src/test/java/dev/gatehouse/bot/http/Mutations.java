package dev.gatehouse.bot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Bad copies of a good request body, made by rule: every field (at any depth) removed, null, of
 * the wrong type, just over a column's size, huge, with a NUL, in unicode junk, and every date far
 * out of range; plus whole bodies that are not what the endpoint reads at all.
 */
final class Mutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String JUNK = "\uD800\u202E\u200B\uFFFF💥a\u0301\u0007";
    static final List<String> BAD_DATES = List.of("+294277-01-01T00:00:00Z", "-4714-11-24T00:00:00Z",
            "0000-01-01T00:00:00Z", "1900-02-30T00:00:00Z");

    /** One mutated body and what was done to make it. */
    record Mutant(String what, byte[] body) {
        @Override
        public String toString() {
            return what;
        }
    }

    private Mutations() {
    }

    /** Up to {@code limit} mutants of a JSON body, picked with {@code random} when there are more; encoded with {@code encode}. */
    static List<Mutant> ofJson(JsonNode base, Function<JsonNode, byte[]> encode, int limit, Random random) {
        var all = new ArrayList<Mutant>();
        for (var path : paths(base, new ArrayList<>())) {
            for (var change : changes(at(base, path), path).entrySet()) {
                var copy = base.deepCopy();
                apply(copy, path, change.getValue());
                all.add(new Mutant(String.join(".", path) + " " + change.getKey(), encode.apply(copy)));
            }
        }
        return pick(all, limit, random);
    }

    /** Up to {@code limit} mutants of a form body (a slash command): each field removed, empty, huge, with a NUL, in junk. */
    static List<Mutant> ofForm(Map<String, String> base, int limit, Random random) {
        var all = new ArrayList<Mutant>();
        for (var field : base.keySet()) {
            var value = base.get(field);
            Map<String, UnaryOperator<String>> changes = new LinkedHashMap<>();
            changes.put("removed", v -> null);
            changes.put("empty", v -> "");
            changes.put("long", v -> v + "x".repeat(321));
            changes.put("huge", v -> "x".repeat(100_000));
            changes.put("NUL", v -> v + "\u0000" + v);
            changes.put("junk", v -> JUNK + v);
            changes.put("bad escape", v -> "%ZZ");
            changes.forEach((what, change) -> {
                var copy = new LinkedHashMap<>(base);
                var changed = change.apply(value);
                if (changed == null) copy.remove(field);
                else copy.put(field, changed);
                all.add(new Mutant(field + " " + what, form(copy, what.equals("bad escape") ? field : null)));
            });
        }
        return pick(all, limit, random);
    }

    /** Bodies that are not the shape an endpoint reads at all. */
    static List<Mutant> wholeBodies() {
        var nested = "[".repeat(5000) + "]".repeat(5000);
        return List.of(
                new Mutant("empty body", new byte[0]),
                text("JSON null", "null"),
                text("empty array", "[]"),
                text("empty object", "{}"),
                text("array of null", "[null]"),
                text("a string", "\"hello\""),
                text("not JSON", "this is not json"),
                new Mutant("invalid UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                text("deeply nested", nested),
                text("empty payload", "payload="),
                text("payload null", "payload=null"),
                text("payload bad escape", "payload=%ZZ%7B"),
                text("payload not JSON", "payload=hello"),
                text("payload of unknown type", "payload=%7B%22type%22%3A%22nonsense%22%7D"),
                text("event without event", "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}"),
                text("NUL in raw form", "command=%2Fpause&user_id=U0MGR%00&text="));
    }

    private static Mutant text(String what, String body) {
        return new Mutant(what, body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] slackForm(JsonNode payload) {
        try {
            return ("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] form(Map<String, String> fields, String rawField) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + (e.getKey().equals(rawField) ? e.getValue() : enc(e.getValue())))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Mutant> pick(List<Mutant> all, int limit, Random random) {
        var unique = new ArrayList<Mutant>();
        var seen = new java.util.HashSet<String>();
        for (var m : all) if (seen.add(new String(m.body(), StandardCharsets.ISO_8859_1))) unique.add(m);
        if (unique.size() <= limit) return unique;
        Collections.shuffle(unique, random);
        return List.copyOf(unique.subList(0, limit));
    }

    /** Every field and array element under {@code node}, as paths of keys and indexes. */
    private static List<List<String>> paths(JsonNode node, List<String> prefix) {
        var out = new ArrayList<List<String>>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                var path = new ArrayList<>(prefix);
                path.add(e.getKey());
                out.add(path);
                out.addAll(paths(e.getValue(), path));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(node.size(), 2); i++) {
                var path = new ArrayList<>(prefix);
                path.add(Integer.toString(i));
                out.add(path);
                out.addAll(paths(node.get(i), path));
            }
        }
        return out;
    }

    private static JsonNode at(JsonNode root, List<String> path) {
        var node = root;
        for (var key : path) node = node.isArray() ? node.get(Integer.parseInt(key)) : node.get(key);
        return node;
    }

    /** null as the replacement means: remove the field. */
    private static Map<String, JsonNode> changes(JsonNode value, List<String> path) {
        var changes = new LinkedHashMap<String, JsonNode>();
        changes.put("removed", null);
        changes.put("null", NullNode.getInstance());
        if (value.isTextual()) {
            var text = value.asText();
            changes.put("as number", IntNode.valueOf(42));
            changes.put("as object", NODES.objectNode().put("text", text));
            changes.put("long", TextNode.valueOf(text + "x".repeat(Math.max(1, 321 - text.length()))));
            changes.put("huge", TextNode.valueOf(text + "x".repeat(100_000)));
            changes.put("NUL", TextNode.valueOf(text + "\u0000" + text));
            changes.put("junk", TextNode.valueOf(JUNK + text));
            if (looksLikeDate(path.getLast(), text)) {
                for (var date : BAD_DATES) changes.put("date " + date, TextNode.valueOf(date));
            }
        } else if (value.isNumber()) {
            changes.put("as string", TextNode.valueOf("forty-two"));
            changes.put("negative", IntNode.valueOf(-1));
            changes.put("too big", new BigIntegerNode(new BigInteger("9".repeat(40))));
            changes.put("float", DoubleNode.valueOf(1e308));
        } else if (value.isBoolean()) {
            changes.put("as string", TextNode.valueOf("yes"));
        } else if (value.isObject()) {
            changes.put("as string", TextNode.valueOf("{}"));
            changes.put("as array", NODES.arrayNode().add(1));
            changes.put("empty", NODES.objectNode());
        } else if (value.isArray()) {
            changes.put("as string", TextNode.valueOf("[]"));
            changes.put("as object", NODES.objectNode());
            changes.put("empty", NODES.arrayNode());
            changes.put("of nulls", NODES.arrayNode().addNull().addNull());
        }
        return changes;
    }

    private static boolean looksLikeDate(String key, String text) {
        return key.endsWith("_at") || key.endsWith("_ts") || key.endsWith("time") || text.matches("\\d{4}-\\d\\d-\\d\\dT.*");
    }

    private static void apply(JsonNode root, List<String> path, JsonNode replacement) {
        var parent = at(root, path.subList(0, path.size() - 1));
        var key = path.getLast();
        if (parent instanceof ObjectNode object) {
            if (replacement == null) object.remove(key);
            else object.set(key, replacement);
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(key);
            if (replacement == null) array.remove(index);
            else array.set(index, replacement);
        }
    }
}

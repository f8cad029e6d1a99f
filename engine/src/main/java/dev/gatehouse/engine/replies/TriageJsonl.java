package dev.gatehouse.engine.replies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.engine.config.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code gatehouse triage}: one JSON object a line in ({@code id}, {@code subject}, {@code body},
 * optionally {@code from}, {@code headers}, {@code received} as an ISO date), one line out per
 * non-blank input line: {@code {"id","label","confidence","return_date":"MM-DD"|null,"referred_to"}}.
 * A line that cannot be read yields label {@code question}, confidence 0 and an {@code error}.
 */
public final class TriageJsonl {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ReplyTriage triage;
    private final LocalDate today;

    /** @param today the received date for lines that carry none */
    public TriageJsonl(ReplyTriage triage, LocalDate today) {
        this.triage = Objects.requireNonNull(triage, "triage");
        this.today = Objects.requireNonNull(today, "today");
    }

    public void run(Reader in, Writer out) {
        try {
            var reader = new BufferedReader(in);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                out.write(answer(line));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output line (without newline) for one input line; never throws for bad input. */
    public String answer(String line) {
        JsonNode id = null;
        try {
            var node = Json.mapper().readTree(line);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
            id = node.get("id");
            if (id == null || id.isNull()) throw new IllegalArgumentException("missing id");
            if (!node.path("body").isTextual()) throw new IllegalArgumentException("missing body");
            return write(id, triage.triage(reply(node)), null);
        } catch (IOException | RuntimeException e) {
            var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return write(id, null, message.lines().findFirst().orElse(message));
        }
    }

    private InboundReply reply(JsonNode node) {
        var received = node.hasNonNull("received")
                ? LocalDate.parse(node.get("received").asText().substring(0, 10)) : today;
        return new InboundReply(node.path("subject").asText(""), node.path("body").asText(),
                node.path("from").asText(""), headers(node.path("headers")), received);
    }

    private static Map<String, List<String>> headers(JsonNode node) {
        var headers = new LinkedHashMap<String, List<String>>();
        if (!node.isObject()) return headers;
        node.properties().forEach(entry -> {
            var values = new ArrayList<String>();
            if (entry.getValue().isArray()) entry.getValue().forEach(v -> values.add(v.asText()));
            else values.add(entry.getValue().asText());
            headers.put(entry.getKey(), values);
        });
        return headers;
    }

    private String write(JsonNode id, TriageResult result, String error) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.set("id", id);
        out.put("label", result == null ? ReplyLabel.QUESTION.wire() : result.label().wire());
        out.put("confidence", result == null ? 0.0 : Math.round(result.confidence() * 1000) / 1000.0);
        out.put("return_date", result == null || result.returnDate() == null ? null : MONTH_DAY.format(result.returnDate()));
        out.put("referred_to", result == null ? null : result.referredTo());
        if (error != null) out.put("error", error);
        try {
            return Json.mapper().writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

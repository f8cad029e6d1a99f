package dev.gatehouse.bot.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.engine.Customers;
import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerParser;
import dev.gatehouse.engine.signals.FieldError;
import dev.gatehouse.engine.signals.RequestSignature;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/customers}: customer data — the customer itself, contact roles, usage weeks,
 * tickets, survey answers, job changes — signed exactly like {@code /api/signals} (same secret,
 * same window, no replays). One item, an array, or {@code {"items": [...]}}; each item has a
 * {@code type}. Invalid → 400 naming every bad field, and nothing is stored.
 */
public final class CustomersEndpoint {
    private final SignedApi door;
    private final Customers customers;
    private final CustomerParser parser = new CustomerParser();
    private final Clock clock;

    public CustomersEndpoint(Optional<RequestSignature> signature, Customers customers, Clock clock, SignedRequests signed) {
        // the signals API's scheme: one secret, and a request signed for one endpoint is a replay on the other
        this.door = new SignedApi(signature.map(s -> SignedRequests.Scheme.gatehouse("signals", s)), signed,
                "the customers API is off: set GATEHOUSE_SIGNALS_SECRET to enable it", SignalsEndpoint.MAX_BODY_BYTES,
                "body is larger than 1 MB; split the items into several requests");
        this.customers = customers;
        this.clock = clock;
    }

    public void handle(Context ctx) {
        door.handle(ctx, this::ingest);
    }

    private void ingest(Context ctx) {
        var parsed = SignalsEndpoint.jsonBody(ctx);
        if (parsed.isEmpty()) return;
        var root = parsed.get();
        var items = root.isArray() ? root : root.has("items") ? root.get("items") : root.isObject() ? root : null;
        if (items == null || !(items.isArray() || items.isObject()) || items.isEmpty()) {
            SignalsEndpoint.error(ctx, 400, "body", "expected an item, an array of items or {\"items\": [...]}");
            return;
        }
        var errors = new ArrayList<FieldError>();
        var inputs = new ArrayList<CustomerInput>();
        var list = items.isArray() ? items : List.of(items);
        int index = 0;
        for (JsonNode item : list) {
            if (!item.isObject()) errors.add(new FieldError(index, "(item)", "is not a JSON object"));
            else {
                unknownOrNested(index, item, errors);
                var input = parser.parse(index, field -> text(item.get(field)), clock.instant(), errors);
                if (input != null) inputs.add(input);
            }
            index++;
        }
        if (!errors.isEmpty()) {
            SignalsEndpoint.json(ctx, 400, Map.of("error", "invalid customer data; nothing was stored",
                    "field", errors.getFirst().field(), "errors", errors));
            return;
        }
        var changes = customers.ingest(inputs);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("stored", changes.stored());
        answer.put("by_type", changes.byType());
        SignalsEndpoint.json(ctx, 202, answer);
    }

    private static void unknownOrNested(int index, JsonNode item, List<FieldError> errors) {
        item.properties().forEach(member -> {
            if (!CustomerParser.FIELDS.containsKey(member.getKey())) {
                errors.add(new FieldError(index, member.getKey(), "is not a field of customer data"));
            } else if (member.getValue().isContainerNode()) {
                errors.add(new FieldError(index, member.getKey(), "must be a single value, not an object or array"));
            }
        });
    }

    /** A member as text: strings as they are, numbers as written. */
    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }
}

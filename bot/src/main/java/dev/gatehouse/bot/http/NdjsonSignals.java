package dev.gatehouse.bot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalParser;
import dev.gatehouse.engine.signals.csv.CsvImport.Row;
import io.javalin.http.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code POST /api/signals} with {@code Content-Type: application/x-ndjson}: one signal object per
 * line, as many as {@link NdjsonLimits} allows (far beyond the JSON body's 1 MB). The body is signed
 * like any other, and the signature covers all of it, so it is streamed to a temporary file while
 * the signature is computed, checked, and only then read, a batch of rows at a time, into one
 * transaction ({@link dev.gatehouse.engine.SignalBatch}). Like a CSV import, a bad line is refused
 * with its line number and the other lines are stored; a body where no line can be stored is 400.
 * No job per signal: one re-score request follows ({@code rescoreRequest}).
 */
final class NdjsonSignals {
    static final String CONTENT_TYPE = "application/x-ndjson";
    private static final int BATCH = 50_000;
    /** The errors listed in the answer; the rest are counted. */
    private static final int LISTED_ERRORS = 1_000;

    private final SignedRequests.Scheme scheme;
    private final RequestSignature signature;
    private final SignedRequests signed;
    private final Workspace workspace;
    private final Consumer<String> rescoreRequest;
    private final NdjsonLimits limits;
    private final Clock clock;
    private final SignalParser parser = new SignalParser();

    NdjsonSignals(SignedRequests.Scheme scheme, RequestSignature signature, SignedRequests signed, Workspace workspace,
                  Consumer<String> rescoreRequest, NdjsonLimits limits, Clock clock) {
        this.scheme = scheme;
        this.signature = signature;
        this.signed = signed;
        this.workspace = workspace;
        this.rescoreRequest = rescoreRequest;
        this.limits = limits;
        this.clock = clock;
    }

    /** How {@link SignedApi} lets this body through its door: declared lengths over the limit are refused there. */
    SignedApi.Streamed streamed() {
        return new SignedApi.Streamed(CONTENT_TYPE, limits.maxBytes(), tooLarge(), this::handle);
    }

    private void handle(Context ctx) throws IOException {
        var timestamp = ctx.header(scheme.timestampHeader());
        var given = ctx.header(scheme.signatureHeader());
        var refused = signed.refuseHeaders(scheme, timestamp, given);
        if (refused.isPresent()) {
            SignalsEndpoint.error(ctx, 401, refused.get().field(), refused.get().error());
            return;
        }
        var body = Files.createTempFile("gatehouse-signals-", ".ndjson");
        try {
            var signing = signature.signing(Long.parseLong(timestamp.trim()));
            if (!receive(ctx, body, signing)) {
                SignalsEndpoint.error(ctx, 413, "body", tooLarge());
                return;
            }
            var computed = signing.signature();
            var verdict = signed.check(scheme, timestamp, given, t -> computed, false);
            if (verdict instanceof SignedRequests.Verdict.Refused no) {
                SignalsEndpoint.error(ctx, 401, no.field(), no.error());
                return;
            }
            try {
                store(ctx, body);
            } catch (RuntimeException e) {
                signed.forget(verdict);
                throw e;
            }
        } finally {
            Files.deleteIfExists(body);
        }
    }

    /** Copies the body to {@code file}, signing it on the way; false when it runs past the limit. */
    private boolean receive(Context ctx, Path file, RequestSignature.Signing signing) throws IOException {
        long total = 0;
        var buffer = new byte[1 << 16];
        try (var in = ctx.req().getInputStream(); var out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limits.maxBytes()) return false;
                signing.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    /** What the lines came to. */
    private static final class Tally {
        int lines;
        int created;
        int duplicates;
        int refused;
        int accountsCreated;
        int errorsTotal;
        final List<Map<String, Object>> errors = new ArrayList<>();

        void error(int line, String field, String problem) {
            if (errorsTotal++ < LISTED_ERRORS) errors.add(Map.of("line", line, "field", field, "problem", problem));
        }
    }

    private void store(Context ctx, Path body) throws IOException {
        var tally = new Tally();
        var now = clock.instant();
        try (var batch = workspace.signalBatch(); var reader = Files.newBufferedReader(body, StandardCharsets.UTF_8)) {
            var rows = new ArrayList<Row<SignalInput>>();
            int number = 0;
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) continue;
                tally.lines++;
                var input = parse(line, number, now, tally);
                if (input == null) tally.refused++;
                else rows.add(new Row<>(number, input));
                if (rows.size() == BATCH) load(batch, rows, tally);
            }
            load(batch, rows, tally);
            batch.commit();
        }
        answer(ctx, tally);
    }

    private SignalInput parse(String line, int number, java.time.Instant now, Tally tally) {
        try {
            var node = Json.mapper().readTree(line);
            if (node == null || !node.isObject()) {
                tally.error(number, "(line)", "is not a JSON object: each line is one signal");
                return null;
            }
            var parsed = parser.parse(node, now);
            var errors = parsed.ok() ? EdgeLimits.signals(parsed.signals()) : parsed.errors();
            errors.forEach(e -> tally.error(number, e.field(), e.problem()));
            return errors.isEmpty() ? parsed.signals().getFirst() : null;
        } catch (JsonProcessingException e) {
            tally.error(number, "(line)", "is not valid JSON");
            return null;
        }
    }

    private static void load(dev.gatehouse.engine.SignalBatch batch, List<Row<SignalInput>> rows, Tally tally) {
        if (rows.isEmpty()) return;
        var stored = batch.load(rows);
        tally.created += stored.created();
        tally.duplicates += stored.duplicates();
        tally.accountsCreated += stored.accountsCreated();
        rows.clear();
    }

    private void answer(Context ctx, Tally tally) {
        if (tally.lines == 0) {
            SignalsEndpoint.error(ctx, 400, "body", "body is empty: send one JSON signal per line");
            return;
        }
        var answer = new LinkedHashMap<String, Object>();
        if (tally.created + tally.duplicates == 0) {
            answer.put("error", "no line of the body could be stored; nothing was stored");
            answer.put("field", tally.errors.getFirst().get("field"));
        }
        answer.put("created", tally.created);
        answer.put("duplicates", tally.duplicates);
        answer.put("refused", tally.refused);
        answer.put("accounts_created_without_company_data", tally.accountsCreated);
        answer.put("errors", tally.errors);
        if (tally.errorsTotal > tally.errors.size()) answer.put("errors_not_listed", tally.errorsTotal - tally.errors.size());
        if (tally.created + tally.duplicates == 0) {
            SignalsEndpoint.json(ctx, 400, answer);
            return;
        }
        // MERGE POINT: the one follow-on request for the whole batch (Engine.requestRescore), never a job per signal
        if (tally.created > 0) rescoreRequest.accept("api batch of " + tally.created + " signal(s)");
        SignalsEndpoint.json(ctx, 202, answer);
    }

    private String tooLarge() {
        return "body is larger than " + limits.maxBytes() / (1024 * 1024)
                + " MB (GATEHOUSE_SIGNALS_MAX_BATCH_MB); split the signals into several requests";
    }
}

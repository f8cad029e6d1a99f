package dev.gatehouse.bot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Javalin ↔ Bolt: turns a Javalin request into Bolt's and Bolt's response back, nothing else.
 * The body is handed over exactly as received, so Bolt checks the signature over the same bytes
 * Slack signed.
 */
public final class BoltAdapter {
    private final App app;
    private final SlackRequestParser parser;

    public BoltAdapter(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    public void handle(Context ctx) throws Exception {
        var headers = new HashMap<String, List<String>>();
        for (var name : ctx.headerMap().keySet()) {
            headers.put(name, ctx.req().getHeaders(name) == null ? List.of(ctx.header(name))
                    : java.util.Collections.list(ctx.req().getHeaders(name)));
        }
        var query = new HashMap<String, List<String>>(ctx.queryParamMap());
        var raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(query)
                .headers(new RequestHeaders(headers))
                .requestBody(ctx.body())
                .remoteAddress(ctx.ip())
                .build();
        Request<?> request;
        try {
            request = parser.parse(raw);
        } catch (RuntimeException e) {
            // a body Bolt cannot read (not Slack's form or JSON) changes nothing: say so, never a 500
            request = null;
        }
        if (request == null) {
            ctx.status(400).result("unsupported Slack request");
            return;
        }
        write(app.run(request), ctx);
    }

    private static void write(Response response, Context ctx) {
        ctx.status(response.getStatusCode());
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
            for (var value : header.getValue()) ctx.res().addHeader(header.getKey(), value);
        }
        if (response.getContentType() != null) ctx.contentType(response.getContentType());
        if (response.getBody() != null) ctx.result(response.getBody());
    }
}

package dev.gatehouse.bot.slack;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import dev.gatehouse.bot.render.RenderedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A message with a chart: the text is posted first, then the PNG goes into its thread through Slack's
 * external upload flow (files.getUploadURLExternal for a URL, the bytes POSTed there,
 * files.completeUploadExternal to share it). A chart that cannot be drawn or uploaded costs only the
 * picture: the text stays posted and the failure is logged at WARN.
 */
public final class ChartedPost {
    private static final Logger log = LoggerFactory.getLogger(ChartedPost.class);

    /** The picture to attach: drawn only once the text is posted. {@code title} is also its alt text. */
    public record Chart(String filename, String title, Supplier<Optional<byte[]>> png) {
    }

    private final SlackWebApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ChartedPost(SlackWebApi api) {
        this.api = api;
    }

    /** Posts {@code message} to {@code channel} (a user id posts a direct message), then its chart in the thread. */
    public Optional<SlackWebApi.Posted> post(String channel, RenderedMessage message, Chart chart) {
        var posted = api.post(channel, message);
        posted.ifPresent(p -> attach(p, chart));
        return posted;
    }

    private void attach(SlackWebApi.Posted posted, Chart chart) {
        Optional<byte[]> png;
        try {
            png = chart.png().get();
        } catch (RuntimeException e) {
            log.warn("Could not draw the chart {}: {}", chart.filename(), e.toString());
            return;
        }
        if (png.isPresent() && !upload(png.get(), chart.filename(), chart.title(), posted.channel(), posted.ts())) {
            log.warn("The chart {} was not uploaded; its message was posted without it", chart.filename());
        }
    }

    private boolean upload(byte[] png, String filename, String title, String channel, String threadTs) {
        var url = api.call("files.getUploadURLExternal", () -> api.client().filesGetUploadURLExternal(r -> r
                .filename(filename).length(png.length).altTxt(title)));
        if (url.isEmpty()) return false;
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url.get().getUploadUrl()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "image/png")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                log.warn("Uploading {} answered HTTP {}", filename, response.statusCode());
                return false;
            }
        } catch (IOException e) {
            log.warn("Uploading {} failed: {}", filename, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        var file = FilesCompleteUploadExternalRequest.FileDetails.builder().id(url.get().getFileId()).title(title).build();
        return api.call("files.completeUploadExternal", () -> api.client().filesCompleteUploadExternal(r -> r
                .files(List.of(file)).channelId(channel).threadTs(threadTs))).isPresent();
    }
}

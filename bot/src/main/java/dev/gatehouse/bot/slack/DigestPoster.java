package dev.gatehouse.bot.slack;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import dev.gatehouse.bot.render.DigestChart;
import dev.gatehouse.bot.render.DigestRenderer;
import dev.gatehouse.engine.DigestPublisher;
import dev.gatehouse.engine.Snapshots;
import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.WeeklyReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Posts the weekly digest to a channel, then its chart as a PNG through Slack's external upload
 * flow: files.getUploadURLExternal for a URL, the bytes POSTed there, files.completeUploadExternal
 * to share it in the digest's thread.
 */
public final class DigestPoster implements DigestPublisher {
    private static final Logger log = LoggerFactory.getLogger(DigestPoster.class);

    private final SlackWebApi api;
    private final String channel;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final DigestRenderer renderer = new DigestRenderer();

    public DigestPoster(SlackWebApi api, String channel) {
        this.api = api;
        this.channel = channel;
    }

    @Override
    public void publish(WeeklyReport week, List<Funnel> trend, List<Snapshots.Standing> goals) {
        var posted = api.post(channel, renderer.render(week, trend, goals, null));
        var png = DigestChart.png(week, trend, null);
        upload(png, "gatehouse-digest-" + week.weekStart() + ".png", "Funnel and eight-week trend, week of "
                + week.weekStart(), posted.map(SlackWebApi.Posted::ts).orElse(null));
    }

    /** The external upload flow; false (logged) when any step fails. */
    boolean upload(byte[] png, String filename, String title, String threadTs) {
        var url = api.call("files.getUploadURLExternal", () -> api.client().filesGetUploadURLExternal(r -> r
                .filename(filename).length(png.length).altTxt(title)));
        if (url.isEmpty()) return false;
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url.get().getUploadUrl()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "image/png")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                log.warn("Uploading the digest chart answered HTTP {}", response.statusCode());
                return false;
            }
        } catch (IOException e) {
            log.warn("Uploading the digest chart failed: {}", e.toString());
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

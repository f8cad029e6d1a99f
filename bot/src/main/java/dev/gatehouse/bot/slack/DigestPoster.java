package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.DigestChart;
import dev.gatehouse.bot.render.DigestRenderer;
import dev.gatehouse.engine.DigestPublisher;
import dev.gatehouse.engine.Snapshots;
import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.WeeklyReport;

import java.util.List;
import java.util.Optional;

/** Posts the weekly digest to a channel, then its chart as a PNG in the digest's thread ({@link ChartedPost}). */
public final class DigestPoster implements DigestPublisher {
    private final ChartedPost posts;
    private final String channel;
    private final DigestRenderer renderer = new DigestRenderer();

    public DigestPoster(SlackWebApi api, String channel) {
        this.posts = new ChartedPost(api);
        this.channel = channel;
    }

    @Override
    public void publish(WeeklyReport week, List<Funnel> trend, List<Snapshots.Standing> goals) {
        posts.post(channel, renderer.render(week, trend, goals, null), new ChartedPost.Chart("gatehouse-digest-"
                + week.weekStart() + ".png", "Funnel and eight-week trend, week of " + week.weekStart(),
                () -> Optional.of(DigestChart.png(week, trend, null))));
    }
}

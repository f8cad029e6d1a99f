package dev.gatehouse.bot.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person watching an import reads: rate, share done and time left; a bar on a terminal, lines in a log. */
class ProgressLineTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void a_line_says_the_rate_the_share_done_and_the_time_left() {
        assertThat(ProgressLine.render("signals.csv", 250_000, "rows", 0.25, 10))
                .contains("signals.csv").contains("[======                  ]").contains(" 25%").contains("250,000 rows")
                .contains("25,000 rows/s").contains("0:30 left");
        assertThat(ProgressLine.render("re-score", 10, "accounts", 0.001, 60)).contains("16:39:00 left");
    }

    @Test
    void the_next_files_clock_starts_where_the_last_file_ended_not_after_its_own_first_batch() {
        var progress = new ProgressLine(out(), false, nanos::get, Duration.ZERO);
        nanos.set(Duration.ofSeconds(4).toNanos());
        progress.update("accounts.csv", 4_000, "rows", 1);

        progress.next();
        nanos.set(Duration.ofSeconds(6).toNanos());
        progress.update("signals.csv", 2_000, "rows", 0.5);

        assertThat(text().lines()).hasSize(2);
        assertThat(text().lines().toList().getLast()).contains("1,000 rows/s").contains("0:02 left");
    }

    @Test
    void without_a_terminal_a_plain_line_is_printed_every_few_seconds_and_no_carriage_return() {
        var progress = new ProgressLine(out(), false, nanos::get, Duration.ofSeconds(5));

        for (int second = 1; second <= 12; second++) {
            nanos.set(Duration.ofSeconds(second).toNanos());
            progress.update("signals.csv", second * 1_000L, "rows", second / 12.0);
        }
        progress.finish();

        assertThat(text().lines()).hasSize(2).allMatch(l -> l.startsWith("signals.csv [")).allMatch(l -> l.contains("1,000 rows/s"));
        assertThat(text()).doesNotContain("\r");
    }

    @Test
    void on_a_terminal_one_line_is_redrawn_in_place_and_ended_once() {
        var progress = new ProgressLine(out(), true, nanos::get, Duration.ofSeconds(5));

        for (int step = 1; step <= 3; step++) {
            nanos.set(Duration.ofMillis(300L * step).toNanos());
            progress.update("accounts.csv", step * 100L, "rows", step / 3.0);
        }
        progress.finish();

        assertThat(text()).startsWith("\r\033[K").contains("100%").endsWith("\n");
        assertThat(text().split("\r", -1)).hasSize(4);
        assertThat(text().chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}

package dev.gatehouse.bot.cli;

import dev.gatehouse.bot.render.DigestChart;
import dev.gatehouse.engine.Reports;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.store.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report} on three weeks of simulated history in a real PostgreSQL: the same rows as text, CSV and JSON. */
class ReportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String lastWeek;

    @BeforeEach
    void seed() {
        TestDatabase.fresh();
        var now = Instant.now();
        try (var workspace = Workspace.open(DatabaseConfig.fromEnv(TestDatabase.env()))) {
            assertThat(workspace.simulateHistory(3, 40, 7, now)).isEqualTo(120);
        }
        lastWeek = Reports.weekOf(LocalDate.ofInstant(now, ZoneOffset.UTC)).minusWeeks(1).toString();
    }

    private int report(String... args) {
        return new ReportCommand(TestDatabase.env(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    @Test
    void text_names_every_denominator_and_the_chart_is_a_real_png() throws Exception {
        var chart = Path.of("target/report-test.png");
        Files.createDirectories(chart.getParent());

        assertThat(report("--week", lastWeek, "--chart", chart.toString())).isZero();

        var text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("week of " + lastWeek).contains("FUNNEL BY REP").contains("delivered first emails")
                .contains("contacted accounts").contains("EXPERIMENT").contains("gate_off").contains("SCORE BANDS")
                .contains("95% CI").contains("qualified_opportunity").contains("samples_flagged").contains("reviewed samples");
        var image = ImageIO.read(chart.toFile());
        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
    }

    @Test
    void csv_has_one_header_and_eleven_columns_per_row() throws Exception {
        assertThat(report("--week", lastWeek, "--format", "csv")).isZero();

        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.size()).isEqualTo(11));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("section")).isEqualTo("funnel");
            assertThat(r.get("metric")).isEqualTo("reply");
            assertThat(r.get("per")).isEqualTo("delivered first emails");
        });
    }

    @Test
    void json_carries_the_same_rows() throws Exception {
        assertThat(report("--week", lastWeek, "--format", "json")).isZero();

        var json = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("week").asText()).isEqualTo(lastWeek);
        assertThat(json.get("rows").size()).isGreaterThan(20);
    }

    @Test
    void a_bad_week_or_format_is_named_and_exits_2() {
        assertThat(report("--week", "last tuesday")).isEqualTo(2);
        assertThat(report("--format", "xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--week").contains("--format");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

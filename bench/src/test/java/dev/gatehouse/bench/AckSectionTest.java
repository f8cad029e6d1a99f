package dev.gatehouse.bench;

import dev.gatehouse.bench.report.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AckSectionTest {
    private static String printed(double botBurstP99, int failures) {
        return String.join("\n",
                "requests: 20,000 signed block_actions per measurement",
                "bursts of 200 concurrent clicks, bot and bare taking turns burst by burst:",
                "  baseline bare Javalin + signature check: p50 6.5 ms, p99 15.1 ms, max 30.2 ms",
                "  bot ack (Javalin -> signature -> ack): p50 7.0 ms, p99 " + botBurstP99 + " ms, max 40.0 ms (target p99 <= 50), non-200: " + failures,
                "  ratio to baseline: p50 1.08 x, p99 1.11 x (target <= 1.5)",
                "saturation, for information:",
                "  baseline bare Javalin + signature check: p50 10.2 ms, p99 38.9 ms, max 60.0 ms",
                "  bot ack: p50 14.4 ms, p99 52.8 ms, max 90.0 ms, non-200: 0",
                "  ratio to baseline: p50 1.41 x, p99 1.36 x");
    }

    @Test
    void bursts_within_both_targets_are_met_and_saturation_is_information() {
        var section = AckSection.of(printed(16.7, 0), 20_000);

        assertThat(section.rows()).hasSize(2);
        assertThat(section.rows().get(0).verdict()).isEqualTo(Verdict.MET);
        assertThat(section.rows().get(0).result()).isEqualTo("p50 7.00 ms, p99 16.7 ms (1.11× bare at p99)");
        assertThat(section.rows().get(0).baseline()).isEqualTo("bare Javalin + signature check: p50 6.50 ms, p99 15.1 ms");
        assertThat(section.rows().get(1).verdict()).isEqualTo(Verdict.NONE);
        assertThat(section.rows().get(1).result()).contains("p99 52.8 ms");
    }

    @Test
    void over_one_and_a_half_times_the_bare_endpoint_or_a_failed_ack_is_missed() {
        assertThat(AckSection.of(printed(30.0, 0), 20_000).rows().get(0).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(AckSection.of(printed(16.7, 3), 20_000).rows().get(0).verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void output_it_cannot_read_is_kept_in_the_notes() {
        var section = AckSection.of("something else entirely", 400);

        assertThat(section.rows().getFirst().result()).isEqualTo("figures not recognised");
        assertThat(section.notes()).containsExactly("`something else entirely`");
    }
}

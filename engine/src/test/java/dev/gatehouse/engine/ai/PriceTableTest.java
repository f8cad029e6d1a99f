package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {
    final PriceTable table = PriceTable.parse("gpt-4o-mini=0.15/0.60, gpt-4o=2.50/10.00,claude-3-5-haiku=0.80/4.00");

    @Test
    void prices_input_and_output_tokens_per_million() {
        var cost = table.cost("claude-3-5-haiku", 2_000, 500);

        // 2000 * 0.80 / 1M + 500 * 4.00 / 1M = 0.0016 + 0.002
        assertThat(cost.usd()).isEqualByComparingTo(new BigDecimal("0.0036"));
        assertThat(cost.priced()).isTrue();
    }

    @Test
    void dated_model_names_use_the_longest_configured_prefix() {
        var mini = table.cost("gpt-4o-mini-2024-07-18", 1_000_000, 0);
        var full = table.cost("gpt-4o-2024-08-06", 1_000_000, 0);

        assertThat(mini.usd()).isEqualByComparingTo("0.15");
        assertThat(full.usd()).isEqualByComparingTo("2.50");
    }

    @Test
    void unknown_model_costs_nothing_and_says_so() {
        var cost = table.cost("llama3.1", 5_000, 5_000);

        assertThat(cost.usd()).isZero();
        assertThat(cost.priced()).isFalse();
    }

    @Test
    void rejects_entries_that_are_not_model_in_out() {
        assertThatThrownBy(() -> PriceTable.parse("gpt-4o-mini=0.15,=1/2,x=a/b"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void empty_text_is_an_empty_table() {
        assertThat(PriceTable.parse("  ").prices()).isEmpty();
    }
}

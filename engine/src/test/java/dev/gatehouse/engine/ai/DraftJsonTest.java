package dev.gatehouse.engine.ai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftJsonTest {

    @Test
    void parses_subject_body_and_cited_ids() {
        var parsed = DraftJson.parse("{\"subject\":\" Hi \",\"body\":\"Body text\",\"cited_signal_ids\":[3,9]}");

        assertThat(parsed.subject()).isEqualTo("Hi");
        assertThat(parsed.body()).isEqualTo("Body text");
        assertThat(parsed.citedSignalIds()).containsExactly(3L, 9L);
    }

    @Test
    void forgives_a_markdown_code_fence() {
        var parsed = DraftJson.parse("```json\n{\"subject\":\"s\",\"body\":\"b\",\"cited_signal_ids\":[]}\n```");

        assertThat(parsed.subject()).isEqualTo("s");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "Here is the email: Hi Mara",
            "[1, 2]",
            "{\"subject\":\"s\",\"body\":\"b\"}",
            "{\"subject\":\"\",\"body\":\"b\",\"cited_signal_ids\":[]}",
            "{\"subject\":\"s\",\"body\":7,\"cited_signal_ids\":[]}",
            "{\"subject\":\"s\",\"body\":\"b\",\"cited_signal_ids\":[\"S41\"]}",
            "{\"subject\":\"s\",\"body\":\"b\",\"cited_signal_ids\":[1.5]}",
            "{\"subject\":\"s\",\"body\":\"b\",\"cited_signal_ids\":[],\"notes\":\"x\"}",
            "{\"subject\":\"s\",\"body\":\"b\",\"cited_signal_ids\":[]} trailing"
    })
    void rejects_anything_but_the_contract(String text) {
        assertThatThrownBy(() -> DraftJson.parse(text)).isInstanceOf(MalformedOutputException.class);
    }
}

package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.LlmCall.Outcome;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.writing.Draft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LlmJudgeTest {
    static final Draft DRAFT = new Draft("Your EUR 40M round",
            "Hi Mara, congrats on the EUR 40M round. Acme Bank cut costs by 70% with us.", List.of(42L), "openai", null);

    FakeOpenAiServer server;
    InMemoryUsageSink usage = new InMemoryUsageSink();
    LlmJudge judge;

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAiServer();
        var config = new LlmConfig(Provider.OPENAI, server.baseUrl(), "sk-judge", "gpt-4o-mini", Duration.ofSeconds(10),
                0, PriceTable.parse("gpt-4o-mini=0.15/0.60"));
        judge = new LlmJudge(Llm.forConfig(config, usage).orElseThrow());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void returns_the_claims_the_model_flags() {
        server.thenAnswer("{\"verdict\":\"UNSUPPORTED\",\"problems\":[{\"claim\":\"EUR 40M round\",\"reason\":\"the signal says EUR 12M\"}]}", 300, 20);

        var problems = judge.judge(DRAFT, "[S42] Raised a EUR 12M Series A");

        assertThat(problems).containsExactly(new Problem("EUR 40M round", "the signal says EUR 12M"));
    }

    @Test
    void drops_flagged_claims_that_are_not_quoted_from_the_draft() {
        server.thenAnswer("{\"verdict\":\"UNSUPPORTED\",\"problems\":[{\"claim\":\"mentions a SOC 2 badge\",\"reason\":\"invented\"}]}", 300, 20);

        assertThat(judge.judge(DRAFT, "[S42] Raised a EUR 12M Series A")).isEmpty();
    }

    @Test
    void sends_the_grounds_and_the_draft() {
        server.thenAnswer("{\"verdict\":\"GROUNDED\",\"problems\":[]}", 300, 5);

        judge.judge(DRAFT, "[S42] Raised a EUR 12M Series A");

        assertThat(server.received().getFirst().messagesText())
                .contains("[S42] Raised a EUR 12M Series A", "Acme Bank cut costs by 70% with us.");
    }

    @Test
    void failure_adds_no_problem_but_is_metered() {
        server.thenStatus(500);

        var problems = judge.judge(DRAFT, "grounds", 9L);

        assertThat(problems).isEmpty();
        assertThat(usage.entries()).singleElement().satisfies(e -> {
            assertThat(e.call().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(e.call().purpose()).isEqualTo("judge_claims");
            assertThat(e.touchId()).isEqualTo(9L);
        });
    }

    @Test
    void malformed_answer_adds_no_problem_and_is_metered_with_tokens() {
        server.thenAnswer("The draft looks mostly fine.", 250, 12);

        assertThat(judge.judge(DRAFT, "grounds")).isEmpty();
        assertThat(usage.calls()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.MALFORMED);
            assertThat(c.tokensIn()).isEqualTo(250);
        });
    }

    @Test
    void an_unknown_verdict_is_malformed_and_adds_no_problem() {
        server.thenAnswer("{\"verdict\":\"MOSTLY_FINE\",\"problems\":[]}", 250, 12);

        assertThat(judge.judge(DRAFT, "grounds")).isEmpty();
        assertThat(usage.calls()).extracting(LlmCall::outcome).containsExactly(Outcome.MALFORMED);
    }
}

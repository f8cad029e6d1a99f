package dev.gatehouse.engine;

import dev.gatehouse.engine.ai.ClaimJudge;
import dev.gatehouse.engine.ai.Llm;
import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.ai.LlmJudge;
import dev.gatehouse.engine.ai.LlmReplyWriter;
import dev.gatehouse.engine.ai.LlmTriage;
import dev.gatehouse.engine.ai.ResilientWriter;
import dev.gatehouse.engine.ai.UsageSink;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.ReplyWriter;
import dev.gatehouse.engine.writing.Writer;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Optional;

/**
 * The models the engine uses: the LLM writer, claim judge, reply triage and reply writer when a
 * provider is configured (one chat model, its calls metered into {@code usage} by a model
 * listener), else the offline writer, triage and reply templates alone; and the in-process
 * embedder, its cache's meters in {@code meters}.
 */
record Models(Writer writer, ClaimJudge judge, Embedder embedder, ReplyTriage triage, Optional<ReplyWriter> replies) {
    static Models forConfig(LlmConfig config, UsageSink usage, EmbeddingModel embeddings, MeterRegistry meters) {
        var llm = Llm.forConfig(config, usage);
        var writer = ResilientWriter.forLlm(llm, new OfflineWriter());
        ClaimJudge judge = llm.<ClaimJudge>map(LlmJudge::new).orElse(ClaimJudge.NONE);
        var embedder = new InProcessEmbedder(embeddings, InProcessEmbedder.MINILM, InProcessEmbedder.DEFAULT_CACHE_ENTRIES,
                meters);
        var offlineTriage = new OfflineTriage(embeddings);
        ReplyTriage triage = llm.<ReplyTriage>map(l -> new LlmTriage(l, offlineTriage)).orElse(offlineTriage);
        return new Models(writer, judge, embedder, triage, LlmReplyWriter.forLlm(llm));
    }
}

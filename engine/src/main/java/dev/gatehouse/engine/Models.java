package dev.gatehouse.engine;

import dev.gatehouse.engine.ai.ChatModels;
import dev.gatehouse.engine.ai.ClaimJudge;
import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.ai.LlmJudge;
import dev.gatehouse.engine.ai.LlmTriage;
import dev.gatehouse.engine.ai.ResilientWriter;
import dev.gatehouse.engine.ai.UsageSink;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.Writer;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The models the engine uses: the LLM writer, claim judge and reply triage when a provider is
 * configured (each metered into {@code usage}), else the offline writer and triage alone; and the
 * in-process embedder, its cache's meters in {@code meters}.
 */
record Models(Writer writer, ClaimJudge judge, Embedder embedder, ReplyTriage triage) {
    static Models forConfig(LlmConfig llm, UsageSink usage, EmbeddingModel embeddings, MeterRegistry meters) {
        var writer = ResilientWriter.forConfig(llm, new OfflineWriter(), usage);
        ClaimJudge judge = ChatModels.create(llm).<ClaimJudge>map(chat -> new LlmJudge(chat, llm, usage)).orElse(ClaimJudge.NONE);
        var embedder = new InProcessEmbedder(embeddings, InProcessEmbedder.MINILM, InProcessEmbedder.DEFAULT_CACHE_ENTRIES,
                meters);
        return new Models(writer, judge, embedder, LlmTriage.forConfig(llm, new OfflineTriage(embeddings), usage));
    }
}

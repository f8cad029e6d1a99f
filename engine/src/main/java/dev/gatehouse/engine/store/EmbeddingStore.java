package dev.gatehouse.engine.store;

import dev.gatehouse.engine.scoring.Vectors;
import org.jooq.DSLContext;

import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.ACCOUNT_EMBEDDINGS;

/** Each account's text embedding, kept with the text's hash and the model, so restarts skip the model. */
public final class EmbeddingStore {
    private final DSLContext dsl;

    EmbeddingStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored vector if it was computed by this model for exactly this text. */
    public Optional<float[]> find(long accountId, String model, String textHash) {
        return dsl.select(ACCOUNT_EMBEDDINGS.EMBEDDING).from(ACCOUNT_EMBEDDINGS)
                .where(ACCOUNT_EMBEDDINGS.ACCOUNT_ID.eq(accountId).and(ACCOUNT_EMBEDDINGS.MODEL.eq(model))
                        .and(ACCOUNT_EMBEDDINGS.TEXT_HASH.eq(textHash)))
                .fetchOptional(ACCOUNT_EMBEDDINGS.EMBEDDING).map(Vectors::fromBytes);
    }

    public void save(long accountId, String model, String textHash, float[] vector) {
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(ACCOUNT_EMBEDDINGS.MODEL, model);
        values.put(ACCOUNT_EMBEDDINGS.TEXT_HASH, textHash);
        values.put(ACCOUNT_EMBEDDINGS.EMBEDDING, Vectors.toBytes(vector));
        dsl.insertInto(ACCOUNT_EMBEDDINGS).set(ACCOUNT_EMBEDDINGS.ACCOUNT_ID, accountId).set(values)
                .onConflict(ACCOUNT_EMBEDDINGS.ACCOUNT_ID).doUpdate().set(values)
                .execute();
    }
}

package dev.gatehouse.engine.sending;

import com.icegreen.greenmail.base.GreenMailOperations;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.EngineConfig;
import dev.gatehouse.engine.delivery.SmtpMailer;
import dev.gatehouse.engine.delivery.SmtpTransport;
import dev.gatehouse.engine.delivery.UnsubscribeLinks;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.inbound.Escalations;
import dev.gatehouse.engine.inbound.ReplyNotifier;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.store.TestDatabase;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The whole engine as the bot opens it, its mail going to GreenMail over SMTP (and IMAP when asked). */
final class EngineOnGreenMail {
    static final String SENDER = "ari@gatehouse.example";
    static final String IMAP_LOGIN = "ari";
    static final String IMAP_PASSWORD = "imap-secret";
    private static EmbeddingModel embeddings;

    private EngineOnGreenMail() {
    }

    /** Sends at any hour, no spacing; {@code overrides} last. */
    static Map<String, String> env(GreenMailOperations mail, boolean imap, Map<String, String> overrides) {
        var env = new HashMap<>(TestDatabase.env());
        env.putAll(SendingEnv.smtp(mail, "Ari Lund <" + SENDER + ">", "https://gatehouse.example"));
        if (imap) {
            env.putAll(Map.of("IMAP_HOST", "127.0.0.1", "IMAP_PORT", Integer.toString(mail.getImap().getPort()),
                    "IMAP_SSL", "false", "IMAP_USERNAME", IMAP_LOGIN, "IMAP_PASSWORD", IMAP_PASSWORD));
        }
        env.putAll(overrides);
        return env;
    }

    static Engine open(Map<String, String> env) {
        return Engine.open(EngineConfig.fromEnv(env), new Engine.Ports(ReviewNotifier.NONE, ReplyNotifier.NONE,
                Escalations.NONE, brief -> {
                }, transport(env), embeddings()), Clock.systemUTC());
    }

    /** SMTP with unsubscribe links, as the bot sends. */
    static SmtpTransport transport(Map<String, String> env) {
        var mail = EngineConfig.fromEnv(env).mail().orElseThrow();
        var clock = Clock.systemUTC();
        return new SmtpTransport(new SmtpMailer(mail.smtp(), clock), new UnsubscribeLinks(mail.publicUrl(),
                mail.from(), new UnsubscribeTokens(mail.unsubscribeSecret(), clock)), mail.footer());
    }

    private static synchronized EmbeddingModel embeddings() {
        if (embeddings == null) embeddings = InProcessEmbedder.loadMiniLm();
        return embeddings;
    }
}

package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.scoring.Score;
import dev.gatehouse.engine.scoring.SemanticSimilarity;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.store.Stores;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalDouble;

/** {@code score}: re-scores every account against the current ICP, stores and prints the ranking. */
final class ScoreCommand {
    private final Map<String, String> env;
    private final PrintStream out;

    ScoreCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    int run() {
        try (var database = Database.open(DatabaseConfig.fromEnv(env))) {
            var stores = database.stores();
            var icp = stores.playbook().currentIcp();
            if (icp.isEmpty()) {
                out.println("No ICP is set yet: a manager sets it with /icp in Slack.");
                return 1;
            }
            var scorer = new IcpScorer(icp.get().value());
            var semantic = icp.get().value().description().isBlank() ? null : new SemanticSimilarity(InProcessEmbedder.miniLm());
            var now = Instant.now();
            var names = new java.util.HashMap<Long, String>();
            var scores = new ArrayList<Score>();
            for (var account : stores.accounts().all()) {
                var relevance = semantic == null ? OptionalDouble.empty()
                        : OptionalDouble.of(semantic.relevance(account, icp.get().value().description()));
                var score = scorer.score(account, null, stores.signals().forAccount(account.id()), relevance, now);
                stores.scores().save(score);
                scores.add(score);
                names.put(account.id(), account.name());
            }
            scores.sort(Comparator.comparingInt(Score::total).reversed());
            out.printf("%-5s %-32s %s%n", "score", "account", "top reasons (ICP v" + icp.get().version() + ")");
            for (var s : scores) {
                var reasons = s.reasons().stream().limit(2).map(Score.Reason::text).toList();
                out.printf("%5d %-32s %s%s%n", s.total(), names.get(s.accountId()), String.join("; ", reasons),
                        scorer.qualifies(s) ? "" : "  (below minimum)");
            }
            return 0;
        }
    }
}

package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.scoring.Score;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;

/** {@code score}: re-scores every account against the current ICP, stores and prints the ranking. */
final class ScoreCommand {
    private final Map<String, String> env;
    private final PrintStream out;

    ScoreCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    int run() {
        try (var workspace = Workspace.open(DatabaseConfig.fromEnv(env))) {
            var ranking = workspace.rescoreAll(Instant.now());
            if (ranking.isEmpty()) {
                out.println("No ICP is set yet: a manager sets it with /icp in Slack.");
                return 1;
            }
            out.printf("%-5s %-32s %s%n", "score", "account", "top reasons (ICP v" + ranking.get().icpVersion() + ")");
            for (var ranked : ranking.get().accounts()) {
                var s = ranked.score();
                var reasons = s.reasons().stream().limit(2).map(Score.Reason::text).toList();
                out.printf("%5d %-32s %s%s%n", s.total(), ranked.account().name(), String.join("; ", reasons),
                        ranked.qualifies() ? "" : "  (below minimum)");
            }
            return 0;
        }
    }
}

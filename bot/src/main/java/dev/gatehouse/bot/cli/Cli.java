package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.ConfigException;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.replies.TriageJsonl;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.verify.VerifyJsonl;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/** {@code java -jar gatehouse.jar <command>}: one jar, every command. */
public final class Cli {
    /** Returned by commands that leave a server running: the process must not exit. */
    public static final int KEEP_RUNNING = -1;

    private static final String USAGE = """
            Usage: java -jar gatehouse.jar <command>

              run       start the Slack bot and HTTP server (needs SLACK_BOT_TOKEN, see README)
              demo      run the whole pipeline on bundled sample data; needs nothing configured
              import    import accounts, contacts or signals from CSV files: import FILE...
              score     re-score every account against the current ICP and print the ranking
              triage    classify replies: JSON Lines on stdin -> JSON Lines on stdout
              verify    check drafts for unsupported claims: JSON Lines on stdin -> stdout
              migrate   apply database migrations and exit
              report    the week's funnel, gate numbers, cost and experiment:
                        report [--week YYYY-MM-DD] [--format text|json|csv] [--chart FILE.png]
              doctor    check the configuration, database, Slack, SMTP, IMAP and the sending
                        domain's SPF, DKIM and DMARC; exits 1 when a check fails
            """;

    /** Starts the bot ({@code run}): the program's wiring, which the command line does not own. */
    @FunctionalInterface
    public interface Server {
        Started start(Map<String, String> env, Clock clock) throws Exception;
    }

    /** A started bot, listening on {@link #port()} until closed. */
    public interface Started extends AutoCloseable {
        int port();
    }

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Server server;

    public Cli(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, Server server) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
        this.server = server;
    }

    public int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        var rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "run" -> serve();
                case "demo" -> new DemoCommand(env, out).run();
                case "import" -> new ImportCommand(env, out, err, out == System.out && Terminals.interactive(),
                        AfterImport.queued(out)).run(rest);
                case "score" -> new ScoreCommand(env, out).run();
                case "report" -> new ReportCommand(env, out, err).run(java.util.List.of(rest));
                case "triage" -> triage();
                case "verify" -> verify();
                case "migrate" -> migrate();
                case "doctor" -> new DoctorCommand(env, out).run();
                case "bench" -> {
                    err.println("The benchmarks are not in this jar: run java -jar bench/target/gatehouse-bench.jar "
                            + "all (writes BENCHMARKS.md) or one of verify, triage, score, ingest, ack, flow, startup, memory "
                            + "(built by ./mvnw -B -DskipTests package).");
                    yield 2;
                }
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("Unknown command '" + args[0] + "'.");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private int serve() {
        try {
            var running = server.start(env, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    running.close();
                } catch (Exception e) {
                    err.println("Shutdown was not clean: " + e);
                }
            }));
            out.println("Gatehouse is running on port " + running.port()
                    + " (POST /slack/events, GET /health, GET /metrics, POST /api/signals)");
            return KEEP_RUNNING;
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            err.println("Gatehouse could not start: " + e.getMessage());
            return 1;
        }
    }

    private int triage() {
        var triage = new OfflineTriage(InProcessEmbedder.loadMiniLm());
        new TriageJsonl(triage, LocalDate.now(Clock.systemUTC())).run(reader(), writer());
        return 0;
    }

    private int verify() {
        new VerifyJsonl(new Verifier()).run(reader(), writer());
        return 0;
    }

    private int migrate() {
        Workspace.migrate(DatabaseConfig.fromEnv(env));
        out.println("Database is migrated.");
        return 0;
    }

    private BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private java.io.Writer writer() {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}

package dev.gatehouse.bot.cli;

import com.slack.api.util.json.GsonFactory;
import dev.gatehouse.bot.render.PlanText;
import dev.gatehouse.bot.render.ReviewMessageRenderer;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.EngineConfig;
import dev.gatehouse.engine.EngineSettings;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.delivery.Footer;
import dev.gatehouse.engine.delivery.SendOutcome;
import dev.gatehouse.engine.followups.FollowUpPlanner;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.inbound.Escalations;
import dev.gatehouse.engine.inbound.ReplyNotifier;
import dev.gatehouse.engine.pipeline.Pipeline;
import dev.gatehouse.engine.playbook.GoalMetric;
import dev.gatehouse.engine.scoring.InProcessEmbedder;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code demo}: the whole pipeline on the bundled sample workspace, with nothing configured. It
 * uses its own throwaway embedded PostgreSQL (never DATABASE_URL), never calls Slack, and prints
 * each review message it would post, with the path of its Block Kit JSON.
 */
final class DemoCommand {
    static final String SIMULATED = "SIMULATED DATA";
    /** The sample company's address for the footer preview; a real deployment must set its own. */
    static final String SAMPLE_POSTAL_ADDRESS = "Palletline Ltd, 4 Sample Wharf, Bristol BS1 6XX, United Kingdom";

    private final Map<String, String> env;
    private final PrintStream out;

    DemoCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    int run() throws IOException {
        var home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        var demoDir = Path.of(env.getOrDefault("GATEHOUSE_DATA_DIR", home.resolve(".gatehouse").toString())).resolve("demo");
        var outDir = Path.of(env.getOrDefault("GATEHOUSE_DEMO_OUT", "gatehouse-demo")).toAbsolutePath();
        delete(demoDir);
        Files.createDirectories(outDir);
        out.println("Gatehouse demo: embedded PostgreSQL in " + demoDir + ", no Slack, no mail server.");
        if (env.containsKey("DATABASE_URL")) out.println("(DATABASE_URL is ignored by the demo; it never touches your database.)");
        var clock = Clock.systemUTC();
        var sample = SampleWorkspace.load();
        var posted = new ArrayList<ReviewItem>();
        ReviewNotifier console = new ReviewNotifier() {
            public Optional<ReviewMessage> reviewReady(ReviewItem item) {
                posted.add(item);
                return Optional.empty();
            }

            public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
                return Optional.empty();
            }
        };
        var wording = Footer.unescape(env.getOrDefault("GATEHOUSE_FOOTER", Footer.DEFAULT_TEMPLATE));
        var postal = Footer.unescape(env.getOrDefault("GATEHOUSE_POSTAL_ADDRESS", SAMPLE_POSTAL_ADDRESS));
        var footer = new Footer(Footer.problem(wording) == null ? wording : Footer.DEFAULT_TEMPLATE,
                postal.isBlank() ? SAMPLE_POSTAL_ADDRESS : postal);
        var demoEnv = new HashMap<>(env);
        demoEnv.putIfAbsent("MAIL_FROM", sample.offer().senderName() + " <sales@palletline.example>");
        // seats, mailboxes and hosting, so the simulated report's cost per qualified opportunity is the whole number
        demoEnv.putIfAbsent("GATEHOUSE_FIXED_MONTHLY_COST", "500");
        // stated funnel rates for the sample team (a real team's own rates take over after 30 first emails)
        demoEnv.putIfAbsent("GATEHOUSE_PRIOR_REPLY_RATE", "0.25");
        demoEnv.putIfAbsent("GATEHOUSE_PRIOR_MEETING_RATE", "0.5");
        var config = new EngineConfig(EngineSettings.fromEnv(demoEnv),
                DatabaseConfig.fromEnv(Map.of("GATEHOUSE_DATA_DIR", demoDir.toString())), LlmConfig.fromEnv(env),
                Optional.empty(), new FollowUpPlanner(List.of(3, 7, 14)));
        // the demo reads no mailbox and sends nothing: replies are triaged only if someone feeds them in
        var alerts = new CustomerDemo.Alerts();
        var ports = new Engine.Ports(console, ReplyNotifier.NONE, Escalations.NONE, brief -> {
        }, message -> new SendOutcome.TemporaryFailure("demo: nothing is sent"), InProcessEmbedder.loadMiniLm(), alerts);
        try (var engine = Engine.open(config, ports, clock)) {
            engine.playbook().saveIcp(sample.icp(), "demo-manager");
            engine.playbook().saveOffer(sample.offer(), "demo-manager");
            var workspace = engine.workspace();
            var signalIds = new ArrayList<Long>();
            for (var account : sample.accounts()) {
                var accountId = workspace.upsert(account.account());
                for (var contact : account.contacts()) {
                    workspace.upsert(new Contact(0, accountId, contact.email(), contact.firstName(), contact.lastName(),
                            contact.title(), contact.seniority(), contact.timeZone(), contact.roleStartedOn()));
                }
                signalIds.addAll(engine.signals().ingest(account.signalInputs(clock.instant()), "demo").created());
            }
            out.printf("Loaded %d accounts and %d signals; ICP v1 and the offer for %s.%n%n", sample.accounts().size(),
                    signalIds.size(), sample.offer().product());
            var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            engine.playbook().setGoal(GoalMetric.MEETINGS, 1, today, today, "demo-manager", "1 meeting today");
            var run = engine.rescoreStale("demo import", progress -> {
            });
            out.printf("The import is scored in one pass (%d accounts), then the goal \"1 meeting today\" plans the day and%n"
                    + "today's budget is drafted from the top of the scored backlog; the rest waits in the queue:%n%n", run.done());
            for (var drafted : engine.fillPlan().drafted().values()) {
                switch (drafted) {
                    case Pipeline.Outcome.Drafted d -> out.printf("  %-28s score %3d → drafted review #%d (%s)%n",
                            engine.reviews().item(d.touchId()).orElseThrow().account().name(), d.score().total(), d.touchId(),
                            d.status().wire());
                    case Pipeline.Outcome.Skipped sk -> out.printf("  %-28s → skipped: %s%n",
                            sk.score() == null ? "" : String.format("score %3d", sk.score().total()), sk.why());
                }
            }
            out.println();
            out.println(PlanText.render(engine.plans().report()).replace("*", ""));
            out.printf("%n%d review message(s) would be posted to Slack:%n%n", posted.size());
            var renderer = new ReviewMessageRenderer();
            var gson = GsonFactory.createSnakeCase();
            for (var item : posted) {
                var file = outDir.resolve("review-" + item.touchId() + ".json");
                Files.writeString(file, gson.toJson(renderer.render(item).blocks()));
                out.print(ReviewPrinter.print(engine.reviews().item(item.touchId()).orElse(item)));
                out.println("  Block Kit JSON: " + file + "\n");
            }
            posted.stream().filter(i -> i.verification().passed()).findFirst().ifPresent(first -> {
                engine.reviews().approve(first.touchId(), "U0DEMOREP1");
                out.println("A rep approves review #" + first.touchId() + " — the message becomes:\n");
                out.print(ReviewPrinter.print(engine.reviews().item(first.touchId()).orElseThrow()));
                out.println("  (Nothing is sent in the demo; with SMTP configured the outbox sends it in its slot,");
                out.println("  and every email ends with the footer GATEHOUSE_POSTAL_ADDRESS and GATEHOUSE_FOOTER make:)");
                out.println("    -- \n    " + footer.render(URI.create("https://gatehouse.palletline.example/u/TOKEN"))
                        .replace("\n", "\n    ") + "\n");
            });
            simulatedReport(engine, outDir, clock);
            CustomerDemo.run(engine, clock.instant(), out, outDir, alerts);
        }
        return 0;
    }

    /** The demo's last part: a few weeks of made-up history, then last week's report and the digest chart, all labelled. */
    private void simulatedReport(Engine engine, Path outDir, Clock clock) throws IOException {
        var accounts = engine.workspace().simulateHistory(8, 30, 11, clock.instant());
        out.printf("%n%s: %d made-up accounts over the last eight weeks (sim-N.example), so the report has something to show"
                + " (fixed cost: GATEHOUSE_FIXED_MONTHLY_COST=%s a month).%n%n", SIMULATED, accounts,
                env.getOrDefault("GATEHOUSE_FIXED_MONTHLY_COST", "500"));
        var chart = outDir.resolve("digest.png");
        new ReportCommand(env, out, out).print(engine.reports(), engine.reports().thisWeek().minusWeeks(1), "text",
                chart.toString(), SIMULATED);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

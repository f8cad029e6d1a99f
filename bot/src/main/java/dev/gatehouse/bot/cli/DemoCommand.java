package dev.gatehouse.bot.cli;

import com.slack.api.util.json.GsonFactory;
import dev.gatehouse.bot.Main;
import dev.gatehouse.bot.render.ReviewMessageRenderer;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.EngineSettings;
import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.delivery.SendOutcome;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.pipeline.Pipeline;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.store.UsageStore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code demo}: the whole pipeline on the bundled sample workspace, with nothing configured. It
 * uses its own throwaway embedded PostgreSQL (never DATABASE_URL), never calls Slack, and prints
 * each review message it would post, with the path of its Block Kit JSON.
 */
final class DemoCommand {
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
            public void reviewReady(ReviewItem item) {
                posted.add(item);
            }

            public void reviewUpdated(ReviewItem item) {
            }
        };
        var demoEnv = new HashMap<>(env);
        demoEnv.putIfAbsent("MAIL_FROM", sample.offer().senderName() + " <sales@palletline.example>");
        try (var database = Database.open(DatabaseConfig.fromEnv(Map.of("GATEHOUSE_DATA_DIR", demoDir.toString())));
             var engine = new Engine(EngineSettings.fromEnv(demoEnv), database,
                     Main.models(LlmConfig.fromEnv(env), database.stores().usage(), InProcessEmbedder.loadMiniLm()),
                     quietReplies(), message -> new SendOutcome.TemporaryFailure("demo: nothing is sent"), console, clock)) {
            var stores = engine.stores();
            stores.playbook().saveIcp(sample.icp(), "demo-manager");
            stores.playbook().saveOffer(sample.offer(), "demo-manager");
            var signalIds = new ArrayList<Long>();
            for (var account : sample.accounts()) {
                var accountId = stores.accounts().upsert(account.account());
                for (var contact : account.contacts()) {
                    stores.accounts().upsert(new dev.gatehouse.engine.accounts.Contact(0, accountId, contact.email(),
                            contact.firstName(), contact.lastName(), contact.title(), contact.seniority(),
                            contact.timeZone(), contact.roleStartedOn()));
                }
                signalIds.addAll(engine.ingest().ingest(account.signalInputs(clock.instant()), "demo").created());
            }
            out.printf("Loaded %d accounts and %d signals; ICP v1 and the offer for %s.%n%n", sample.accounts().size(),
                    signalIds.size(), sample.offer().product());
            for (var id : signalIds) {
                var outcome = engine.pipeline().processSignal(id);
                var account = stores.signals().byId(id).flatMap(s -> stores.accounts().account(s.accountId())).orElseThrow();
                switch (outcome) {
                    case Pipeline.Outcome.Drafted d -> out.printf("  %-28s score %3d → drafted review #%d (%s)%n",
                            account.name(), d.score().total(), d.touchId(), d.status().wire());
                    case Pipeline.Outcome.Skipped s -> out.printf("  %-28s %s → skipped: %s%n", account.name(),
                            s.score() == null ? "" : String.format("score %3d", s.score().total()), s.why());
                }
            }
            out.printf("%n%d review message(s) would be posted to Slack:%n%n", posted.size());
            var renderer = new ReviewMessageRenderer();
            var gson = GsonFactory.createSnakeCase();
            for (var item : posted) {
                var file = outDir.resolve("review-" + item.touchId() + ".json");
                Files.writeString(file, gson.toJson(renderer.render(item).blocks()));
                out.print(ReviewPrinter.print(stores.reviewItem(item.touchId()).orElse(item)));
                out.println("  Block Kit JSON: " + file + "\n");
            }
            posted.stream().filter(i -> i.verification().passed()).findFirst().ifPresent(first -> {
                engine.review().approve(first.touchId(), "U0DEMOREP1");
                out.println("A rep approves review #" + first.touchId() + " — the message becomes:\n");
                out.print(ReviewPrinter.print(stores.reviewItem(first.touchId()).orElseThrow()));
                out.println("  (Nothing is sent in the demo; with SMTP configured the outbox sends it in its slot.)");
            });
        }
        return 0;
    }

    /** The demo reads no mailbox: replies are triaged only if someone feeds them in. */
    private static Engine.Replies quietReplies() {
        return new Engine.Replies(reply -> dev.gatehouse.engine.replies.TriageResult.of(
                dev.gatehouse.engine.replies.ReplyLabel.QUESTION, 0, "the demo does not triage replies"),
                dev.gatehouse.engine.inbound.Escalations.NONE, dev.gatehouse.engine.inbound.ReplyNotifier.NONE, brief -> {
                }, new dev.gatehouse.engine.followups.FollowUpPlanner(java.util.List.of(3, 7, 14)), java.util.Optional.empty());
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

package dev.gatehouse.bench.memory;

import dev.gatehouse.bench.support.Copy;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.SignalKind;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A workspace of a chosen size written straight into a fresh, migrated database with COPY: an ICP,
 * accounts {@code acct<i>.example} with ids {@code i + 1}, and signals spread evenly over them.
 */
public final class SyntheticWorkspace {
    private static final String[] INDUSTRIES = {"logistics", "fintech", "saas", "retail", "insurance", "healthtech"};
    private static final String[] REGIONS = {"EMEA", "NA", "APAC", "LATAM"};
    private static final SignalKind[] KINDS = SignalKind.values();
    /**
     * No account reaches it, so a scoring pass only scores: an account that qualified without a
     * contact would also be announced in Slack, paced at one message a second per channel.
     */
    private static final int MIN_SCORE = 100;
    public static final Icp ICP = new Icp(0, List.of("logistics", "fintech", "saas"), 50, 2000, List.of("EMEA", "NA"),
            List.of("postgres", "kafka"), List.of(), Icp.Exclusions.NONE, Map.of(), Duration.ofDays(30), MIN_SCORE,
            "Mid-size logistics and fintech companies in Europe and North America with growing finance teams");

    private SyntheticWorkspace() {
    }

    static String domain(int index) {
        return "acct" + index + ".example";
    }

    static void seed(DataSource dataSource, int accounts, int signals, Instant now) {
        insertIcp(dataSource, ICP);
        Copy.rows(dataSource, "accounts (id, domain, name, industry, employees, region, country, technologies, description)",
                accounts, i -> new Object[]{i + 1, domain(i), "Account " + i, INDUSTRIES[i % INDUSTRIES.length],
                        20 + (i * 37) % 3000, REGIONS[i % REGIONS.length], "DE", i % 3 == 0 ? "postgres,kafka" : "mysql",
                        "A " + INDUSTRIES[i % INDUSTRIES.length] + " company, number " + i + ", shipping software to its customers"});
        Copy.execute(dataSource, "select setval(pg_get_serial_sequence('accounts', 'id'), " + Math.max(accounts, 1) + ")");
        if (signals > 0) {
            Copy.rows(dataSource, "signals (account_id, kind, summary, source_url, observed_at, dedupe_key)", signals, j -> {
                var kind = KINDS[j % KINDS.length];
                return new Object[]{j % accounts + 1, kind.wire(), "Account " + j % accounts + " " + kind.wire() + " signal number " + j
                        + " with a summary about as long as a real one", "https://news.example.com/s/" + j,
                        now.minusSeconds((j * 7919L) % 15_552_000).atOffset(ZoneOffset.UTC).toString(), "bulk-" + j};
            });
        }
        Copy.execute(dataSource, "analyze");
    }

    /** The ICP as the playbook stores it: version 1, the definition in the engine's JSON form. */
    public static void insertIcp(DataSource dataSource, Icp icp) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "insert into icp_versions (version, definition, author) values (1, cast(? as jsonb), 'bench')")) {
            statement.setString(1, Json.write(icp));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the ICP: " + e.getMessage(), e);
        }
    }

    /** One signal each for the first {@code count} accounts, from {@code from}: the body of one {@code POST /api/signals}. */
    static String signalBatch(int from, int count) {
        var batch = Json.mapper().createArrayNode();
        for (int i = from; i < from + count; i++) {
            batch.addObject().put("account_domain", domain(i)).put("kind", "funding").put("source", "bench-pass")
                    .put("external_id", "pass-" + i).put("summary", "Account " + i + " raised a Series B to grow its finance team")
                    .put("source_url", "https://news.example.com/pass/" + i);
        }
        return batch.toString();
    }
}

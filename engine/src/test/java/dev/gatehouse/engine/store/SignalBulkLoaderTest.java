package dev.gatehouse.engine.store;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Signals streamed through COPY into a real PostgreSQL come back exactly as they went in. */
class SignalBulkLoaderTest {
    private static final String DOMAIN = "northwind.example";
    private static final Instant AT = Instant.parse("2026-11-10T08:00:00Z");
    private static final List<String> AWKWARD = List.of(
            "Raised $20M, led by \"Harbor\"; said \"\"yes\"\"",
            "line one\nline two\r\nline three\rend",
            "\\.\nafter a line that is only the end-of-data marker",
            "",
            "  padded with spaces  ",
            "Zürich — 東京 🚀",
            "NULL",
            "\"",
            ",");

    private Database database;
    private Stores stores;
    private long accountId;
    private long contactId;

    @BeforeEach
    void seed() {
        database = TestDatabase.fresh();
        stores = Stores.on(database.dsl());
        accountId = stores.accounts().upsert(new Account(0, DOMAIN, "Northwind Freight", "logistics", 240, "EMEA", "DE",
                List.of(), null, null));
        contactId = stores.accounts().upsert(new Contact(0, accountId, "dana@northwind.example", "Dana", "Keller",
                "VP Finance", "vp", null, null));
    }

    @Test
    void awkward_summaries_round_trip_unchanged() {
        var inputs = AWKWARD.stream().map(summary -> signal(summary, null, null)).toList();

        var ids = new SignalBulkLoader(database.dataSource()).load(inputs);

        assertThat(stores.signals().byIds(ids)).extracting(Signal::summary).containsExactlyInAnyOrderElementsOf(AWKWARD);
    }

    @Test
    void null_stays_null_and_empty_stays_empty() {
        var inputs = List.of(signal("no url", null, null), signal("empty url", "", "dana@northwind.example"),
                signal("url with a comma", "https://news.example.com/a?tags=a,b", "nobody@northwind.example"));

        var ids = new SignalBulkLoader(database.dataSource()).load(inputs);

        assertThat(stores.signals().byIds(ids)).extracting(Signal::summary, Signal::sourceUrl, Signal::contactId)
                .containsExactlyInAnyOrder(tuple("no url", null, null), tuple("empty url", "", contactId),
                        tuple("url with a comma", "https://news.example.com/a?tags=a,b", null));
    }

    @Test
    void loading_the_same_signals_twice_stores_them_once_and_skips_unknown_accounts() {
        var inputs = List.of(signal("Opened a plant", null, null), new SignalInput("unknown.example", null, null,
                SignalKind.NEWS, "Nobody knows them", null, AT, "csv", null));
        var loader = new SignalBulkLoader(database.dataSource());

        var first = loader.load(inputs);
        var second = loader.load(inputs);

        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        assertThat(stores.signals().count()).isEqualTo(1);
    }

    private static SignalInput signal(String summary, String sourceUrl, String contactEmail) {
        return new SignalInput(DOMAIN, null, contactEmail, SignalKind.NEWS, summary, sourceUrl, AT, null, null);
    }
}

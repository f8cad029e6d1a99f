package dev.gatehouse.engine.store;

import dev.gatehouse.engine.signals.csv.CsvKind;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.ACCOUNTS;
import static dev.gatehouse.engine.store.db.Tables.CONTACTS;
import static dev.gatehouse.engine.store.db.Tables.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV import refuses a value longer than its column before it writes anything; these limits
 * must be the migrations' sizes, or a new migration would bring back the database error mid-file.
 */
class CsvColumnLimitsTest {
    private static final Map<CsvKind, Table<?>> TABLES = Map.of(CsvKind.ACCOUNTS, ACCOUNTS, CsvKind.CONTACTS, CONTACTS,
            CsvKind.SIGNALS, SIGNALS);

    @Test
    void every_csv_column_stored_in_a_sized_column_has_that_size_as_its_limit() {
        int checked = 0;
        for (var kind : CsvKind.values()) {
            for (var column : kind.all()) {
                var stored = storedIn(kind, column.name());
                if (stored.isEmpty() || stored.get().getDataType().length() == 0) continue; // unsized: text, numbers, dates
                assertThat(column.maxLength()).as(kind + "." + column.name()).isEqualTo(stored.get().getDataType().length());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    private static Optional<Field<?>> storedIn(CsvKind kind, String column) {
        return switch (column) {
            case "account_domain" -> Optional.of(ACCOUNTS.DOMAIN);
            case "contact_email" -> Optional.of(CONTACTS.EMAIL);
            default -> Optional.ofNullable(TABLES.get(kind).field(column));
        };
    }
}

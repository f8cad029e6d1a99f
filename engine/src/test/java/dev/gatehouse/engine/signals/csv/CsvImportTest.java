package dev.gatehouse.engine.signals.csv;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.signals.csv.CsvImport.RowError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CsvImportTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String ACCOUNTS_HEADER =
            "domain,name,industry,employees,region,country,technologies,description,owner_slack_id\n";
    private static final String CONTACTS_HEADER =
            "email,account_domain,first_name,last_name,title,seniority,time_zone,role_started_on\n";
    private static final String SIGNALS_HEADER =
            "account_domain,kind,summary,source_url,observed_at,contact_email,source,external_id\n";

    private final CsvImport csv = new CsvImport();

    @Test
    void parses_good_account_rows() {
        var parsed = csv.accounts(ACCOUNTS_HEADER
                + "Tinsmith.test,Tinsmith Foods,Food & Beverage,240,EMEA,NL,NetSuite; Shopify,Snack maker,U0ABC1234\n");

        assertThat(parsed.errors()).isEmpty();
        var account = parsed.values().getFirst();
        assertThat(account.domain()).isEqualTo("tinsmith.test");
        assertThat(account.employees()).isEqualTo(240);
        assertThat(account.technologies()).containsExactly("NetSuite", "Shopify");
        assertThat(account.ownerSlackId()).isEqualTo("U0ABC1234");
    }

    @Test
    void reports_bad_account_fields_by_line_and_keeps_good_rows() {
        var parsed = csv.accounts(ACCOUNTS_HEADER
                + "good-one.test,Good One,Retail,50,NA,US,,,\n"
                + "not a domain,Broken,Retail,lots,NA,US,,,\n"
                + "good-two.test,Good Two,Retail,,EMEA,DE,,,\n"
                + "missing-name.test,,Retail,10,NA,US,,,\n");

        assertThat(parsed.rows()).extracting(CsvImport.Row::line).containsExactly(2, 4);
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(3, "domain"), tuple(3, "employees"), tuple(5, "name"));
    }

    @Test
    void parses_contacts_with_zone_and_start_date() {
        var parsed = csv.contacts(CONTACTS_HEADER
                + "Ines.Rocha@Tinsmith.test,tinsmith.test,Ines,Rocha,Controller,director,Europe/Lisbon,2026-02-01\n");

        assertThat(parsed.errors()).isEmpty();
        var row = parsed.values().getFirst();
        assertThat(row.accountDomain()).isEqualTo("tinsmith.test");
        assertThat(row.contact().email()).isEqualTo("ines.rocha@tinsmith.test");
        assertThat(row.contact().timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(row.contact().roleStartedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void reports_bad_email_zone_and_date_of_a_contact() {
        var parsed = csv.contacts(CONTACTS_HEADER
                + "no-at-sign,tinsmith.test,Ines,Rocha,Controller,director,Mars/Olympus,01/02/2026\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2, "email"), tuple(2, "time_zone"), tuple(2, "role_started_on"));
    }

    @Test
    void parses_a_signal_with_defaults() {
        var parsed = csv.signals(SIGNALS_HEADER
                + "tinsmith.test,web-visit,Read the pricing page twice,,,,,\n", NOW);

        var signal = parsed.values().getFirst();
        assertThat(signal.kind()).isEqualTo(SignalKind.INTENT);
        assertThat(signal.observedAt()).isEqualTo(NOW);
        assertThat(signal.source()).isEqualTo("csv");
    }

    @Test
    void signal_with_source_and_external_id_keeps_them_for_dedupe() {
        var parsed = csv.signals(SIGNALS_HEADER
                + "tinsmith.test,funding,Raised a seed round,https://news.test/a,2026-11-01T08:00:00Z,,crm,opp-77\n", NOW);

        var signal = parsed.values().getFirst();
        assertThat(signal.dedupeKey()).isEqualTo("crm:opp-77");
        assertThat(signal.observedAt()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
    }

    @Test
    void reports_unknown_kind_bad_url_and_future_time_of_a_signal() {
        var parsed = csv.signals(SIGNALS_HEADER
                + "tinsmith.test,rumour,Heard a thing,ftp://files.test/x,2027-01-01,,,\n", NOW);

        assertThat(parsed.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2, "kind"), tuple(2, "source_url"), tuple(2, "observed_at"));
    }

    @Test
    void multi_line_summary_keeps_later_line_numbers_right() {
        var parsed = csv.signals(SIGNALS_HEADER
                + "tinsmith.test,news,\"Opened a plant,\nsecond line\nthird line\",,,,,\n"
                + "tinsmith.test,nonsense,Bad kind,,,,,\n", NOW);

        assertThat(parsed.values().getFirst().summary()).isEqualTo("Opened a plant,\nsecond line\nthird line");
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(5, "kind"));
    }

    @Test
    void handles_bom_and_crlf() {
        var parsed = csv.accounts("\uFEFF" + ACCOUNTS_HEADER.replace("\n", "\r\n")
                + "crlf.test,Crlf Co,Retail,12,NA,US,,,\r\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.values().getFirst().domain()).isEqualTo("crlf.test");
    }

    @Test
    void wrong_header_gives_one_error_on_line_one() {
        var parsed = csv.accounts("domain,company,industry\nx.test,X,Retail\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.problem()).contains("missing column(s) name").contains("unknown column(s) company");
        });
    }

    @Test
    void header_may_omit_optional_columns_in_any_order() {
        var parsed = csv.accounts("Name,Domain\nOrder Co,order.test\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.values().getFirst().name()).isEqualTo("Order Co");
    }

    @Test
    void row_with_wrong_field_count_is_reported() {
        var parsed = csv.accounts("domain,name\nshort.test\nok.test,Ok\n");

        assertThat(parsed.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(2, "(row)"));
        assertThat(parsed.values()).hasSize(1);
    }

    @Test
    void detects_the_file_kind_from_its_header() {
        var imported = csv.parse(CONTACTS_HEADER + "a@b.test,b.test,Al,,,,,\n", NOW);

        assertThat(imported).isInstanceOfSatisfying(CsvImport.Contacts.class,
                contacts -> assertThat(contacts.parsed().values()).hasSize(1));
    }

    @Test
    void unrecognized_header_is_one_error_on_line_one() {
        var imported = csv.parse("foo,bar\n1,2\n", NOW);

        assertThat(imported).isInstanceOf(CsvImport.Unrecognized.class);
        assertThat(imported.errors()).extracting(RowError::line).containsExactly(1);
    }

    @Test
    void empty_file_is_reported() {
        assertThat(csv.signals("", NOW).errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(1, "(header)"));
    }

    @Test
    void skips_rows_of_blank_cells() {
        var parsed = csv.accounts("domain,name\n,\n , \nkept.test,Kept\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(CsvImport.Row::line).containsExactly(4);
    }

    @Test
    void quote_never_closed_is_reported_and_earlier_rows_kept() {
        var parsed = csv.accounts("domain,name\nok.test,Ok\nbad.test,\"Bad\nno end\n");

        assertThat(parsed.values()).extracting(a -> a.domain()).containsExactly("ok.test");
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(3, "(row)"));
    }

    @Test
    void text_after_a_closing_quote_is_a_row_error_and_the_rows_around_it_are_imported() {
        var parsed = csv.accounts("domain,name\nbefore.test,Before\nbad.test,\"Abc\"def\nafter.test,After\n");

        assertThat(parsed.values()).extracting(Account::domain).containsExactly("before.test", "after.test");
        assertThat(parsed.rows()).extracting(CsvImport.Row::line).containsExactly(2, 4);
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(3, "(row)"));
        assertThat(parsed.errors().getFirst().problem()).contains("broken quoting");
    }

    @Test
    void ten_thousand_lines_with_unclosed_quotes_are_reported_not_merged_into_rows() {
        var file = new StringBuilder("domain,name\n");
        for (int i = 0; i < 10_000; i++) file.append("acct-").append(i).append(".test,\"Account ").append(i).append('\n');

        var parsed = csv.accounts(file.toString());

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).hasSize(5_000).allSatisfy(error -> assertThat(error.field()).isEqualTo("(row)"));
        assertThat(parsed.errors()).extracting(RowError::line).startsWith(2, 4, 6).endsWith(10_000);
        assertThat(parsed.errors().getLast().problem()).contains("the rest of the file (lines 10000 to 10001) could not be read");
    }

    @Test
    void quote_never_closed_in_a_long_file_keeps_the_rows_before_it_and_says_the_rest_was_not_read() {
        var file = new StringBuilder("domain,name\n");
        for (int i = 0; i < 10_000; i++) {
            file.append("acct-").append(i).append(i == 4_999 ? ".test,\"Account " : ".test,Account ").append(i).append('\n');
        }

        var parsed = csv.accounts(file.toString());

        assertThat(parsed.rows()).hasSize(4_999).extracting(CsvImport.Row::line).endsWith(5_000);
        assertThat(parsed.values()).extracting(Account::name).noneMatch(name -> name.contains("\n"));
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(5_001);
            assertThat(error.problem()).contains("the rest of the file (lines 5001 to 10001) could not be read");
        });
    }

    @Test
    void broken_quoting_in_the_header_is_a_header_error() {
        var imported = csv.parse("\"domain\"x,name\nacme.test,Acme\n", NOW);

        assertThat(imported).isInstanceOf(CsvImport.Unrecognized.class);
        assertThat(imported.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(1, "(header)"));
    }
    @Test
    void a_value_longer_than_its_column_refuses_its_row_naming_the_column_and_its_limit() {
        var parsed = csv.accounts(ACCOUNTS_HEADER
                + "long-name.test," + "N".repeat(201) + ",Retail,10,NA,US,,,\n"
                + "country.test,Country Co,Retail,10,EMEA,Germany,,,\n"
                + "fits.test," + "N".repeat(200) + ",Retail,10,NA,US,,,\n");

        assertThat(parsed.values()).extracting(Account::domain).containsExactly("fits.test");
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field, RowError::problem).containsExactly(
                tuple(2, "name", "is 201 characters long; the name column holds at most 200"),
                tuple(3, "country", "is 7 characters long; the country column holds at most 2"));
    }

    @Test
    void limits_count_characters_not_utf16_units() {
        var emoji = "\uD83D\uDE9A"; // one character, two UTF-16 units
        var parsed = csv.accounts("domain,name\nemoji.test," + emoji.repeat(200) + "\n");

        assertThat(parsed.errors()).isEmpty();
    }

    @Test
    void a_nul_character_refuses_its_row_and_the_other_rows_are_kept() {
        var parsed = csv.contacts(CONTACTS_HEADER
                + "ana@nul.test,nul.test,An\u0000a,,,,,\n"
                + "bo@nul.test,nul.test,Bo,,Head\u0000of Finance,,,\n"
                + "cy@nul.test,nul.test,Cy,,,,,\n");

        assertThat(parsed.values()).extracting(row -> row.contact().email()).containsExactly("cy@nul.test");
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2, "first_name"), tuple(3, "title"));
        assertThat(parsed.errors().getFirst().problem()).contains("NUL");
    }

    @Test
    void bytes_that_are_not_utf8_refuse_their_row_with_its_line() {
        var head = "domain,name\nfine.test,Fine\nlatin.test,Caf".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var tail = " Co\nafter.test,After\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var file = new java.io.ByteArrayOutputStream();
        file.writeBytes(head);
        file.write(0xE9); // é in Latin-1: not UTF-8
        file.writeBytes(tail);

        var imported = csv.parse(file.toByteArray(), NOW);

        assertThat(imported).isInstanceOfSatisfying(CsvImport.Accounts.class, accounts -> {
            assertThat(accounts.parsed().values()).extracting(Account::domain).containsExactly("fine.test", "after.test");
            assertThat(accounts.parsed().errors()).singleElement().satisfies(error -> {
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.field()).isEqualTo("name");
                assertThat(error.problem()).contains("not valid UTF-8");
            });
        });
    }

    @Test
    void a_line_break_in_a_one_line_column_is_refused_so_rows_are_never_merged() {
        var parsed = csv.accounts("domain,name\nopen.test,\"Open Co\nshut.test,Shut Co\"\nnext.test,Next\n");

        assertThat(parsed.values()).extracting(Account::domain).containsExactly("next.test");
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.field()).isEqualTo("name");
            assertThat(error.problem()).contains("line break").contains("quote");
        });
    }

    @Test
    void a_multi_line_summary_that_swallowed_a_row_is_refused() {
        var parsed = csv.signals("account_domain,kind,summary\n"
                + "open.test,news,\"Opened a plant\nshut.test,news,Closed a plant\"\n"
                + "next.test,news,\"Two lines of prose,\nas, a summary, may have\"\n", NOW);

        assertThat(parsed.values()).extracting(s -> s.accountDomain()).containsExactly("next.test");
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.field()).isEqualTo("summary");
            assertThat(error.problem()).contains("line 3").contains("row of its own");
        });
    }

    @Test
    void an_observed_at_before_1900_or_beyond_what_can_be_stored_is_refused() {
        var parsed = csv.signals(SIGNALS_HEADER
                + "old.test,news,Ancient news,,0001-01-01T00:00:00Z,,,\n"
                + "older.test,news,Before time,,-999999-01-01T00:00:00Z,,,\n", NOW);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2, "observed_at"), tuple(3, "observed_at"));
    }

    @Test
    void a_role_start_date_outside_what_can_be_stored_is_refused() {
        var parsed = csv.contacts(CONTACTS_HEADER + "al@far.test,far.test,Al,,,,,+999999-01-01\n");

        assertThat(parsed.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(2, "role_started_on"));
    }

    @Test
    void a_bad_optional_cell_refuses_its_row_even_when_the_required_ones_are_fine() {
        var parsed = csv.accounts(ACCOUNTS_HEADER + "region.test,Region Co,Retail,10," + "R".repeat(41) + ",US,,,\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(2, "region"));
    }
}

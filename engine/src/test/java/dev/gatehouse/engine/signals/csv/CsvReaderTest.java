package dev.gatehouse.engine.signals.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    @Test
    void reads_plain_fields() {
        var result = CsvReader.read("a,b,c\n1,2,3\n");

        assertThat(result.records()).extracting(CsvReader.Record::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void quoted_field_keeps_commas_quotes_and_newlines() {
        var result = CsvReader.read("x,y\n\"one, \"\"two\"\"\nthree\",z\n");

        assertThat(result.records().get(1).fields()).containsExactly("one, \"two\"\nthree", "z");
    }

    @Test
    void record_after_a_multi_line_field_starts_on_its_physical_line() {
        var result = CsvReader.read("h1,h2\n\"a\nb\nc\",d\ne,f\n");

        assertThat(result.records()).extracting(CsvReader.Record::line).containsExactly(1, 2, 5);
    }

    @Test
    void strips_byte_order_mark_and_reads_crlf() {
        var result = CsvReader.read("\uFEFFdomain,name\r\nacme.test,Acme\r\n");

        assertThat(result.records()).extracting(CsvReader.Record::fields)
                .containsExactly(List.of("domain", "name"), List.of("acme.test", "Acme"));
    }

    @Test
    void crlf_inside_a_quoted_field_counts_as_one_line() {
        var result = CsvReader.read("h\r\n\"a\r\nb\"\r\nc\r\n");

        assertThat(result.records()).extracting(CsvReader.Record::line).containsExactly(1, 2, 4);
    }

    @Test
    void skips_blank_lines_but_counts_them() {
        var result = CsvReader.read("h\n\n\nx\n");

        assertThat(result.records()).extracting(CsvReader.Record::line).containsExactly(1, 4);
    }

    @Test
    void keeps_empty_fields() {
        var result = CsvReader.read(",\"\",x,");

        assertThat(result.records().getFirst().fields()).containsExactly("", "", "x", "");
    }

    @Test
    void reports_the_line_of_a_quote_never_closed() {
        var result = CsvReader.read("h\nok\n\"open\nstill open\n");

        assertThat(result.unterminatedQuoteLine()).isEqualTo(3);
        assertThat(result.records()).hasSize(2);
    }
}

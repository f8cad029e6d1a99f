package dev.gatehouse.engine.signals.csv;

import dev.gatehouse.engine.signals.csv.CsvReader.Broken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    @Test
    void reads_plain_fields() {
        assertThat(records("a,b,c\n1,2,3\n")).extracting(CsvReader.Record::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void quoted_field_keeps_commas_quotes_and_newlines() {
        assertThat(records("x,y\n\"one, \"\"two\"\"\nthree\",z\n").get(1).fields())
                .containsExactly("one, \"two\"\nthree", "z");
    }

    @Test
    void record_after_a_multi_line_field_starts_on_its_physical_line() {
        assertThat(records("h1,h2\n\"a\nb\nc\",d\ne,f\n")).extracting(CsvReader.Record::line).containsExactly(1, 2, 5);
    }

    @Test
    void strips_byte_order_mark_and_reads_crlf() {
        assertThat(records("\uFEFFdomain,name\r\nacme.test,Acme\r\n")).extracting(CsvReader.Record::fields)
                .containsExactly(List.of("domain", "name"), List.of("acme.test", "Acme"));
    }

    @Test
    void crlf_inside_a_quoted_field_counts_as_one_line() {
        assertThat(records("h\r\n\"a\r\nb\"\r\nc\r\n")).extracting(CsvReader.Record::line).containsExactly(1, 2, 4);
    }

    @Test
    void skips_blank_lines_but_counts_them() {
        assertThat(records("h\n\n\nx\n")).extracting(CsvReader.Record::line).containsExactly(1, 4);
    }

    @Test
    void keeps_empty_fields() {
        assertThat(records(",\"\",x,").getFirst().fields()).containsExactly("", "", "x", "");
    }

    @Test
    void text_after_a_closing_quote_is_a_broken_row_and_reading_goes_on_at_the_next_line() {
        var rows = CsvReader.read("h1,h2\n\"Abc\"def,x\nnext,row\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3);
        assertThat(rows.get(1)).isInstanceOf(Broken.class);
        assertThat(rows.get(2)).isEqualTo(new CsvReader.Record(3, List.of("next", "row")));
    }

    @Test
    void quote_never_closed_is_broken_at_its_first_line_and_the_rest_is_not_read() {
        var rows = CsvReader.read("h\nok\n\"open\nstill open\nlast\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3);
        assertThat(rows.getLast()).isInstanceOfSatisfying(Broken.class, broken ->
                assertThat(broken.problem()).contains("the rest of the file (lines 3 to 5) could not be read"));
    }

    @Test
    void a_quote_that_runs_into_a_later_line_skips_the_lines_read_into_it_and_goes_on_after() {
        var rows = CsvReader.read("h1,h2\na,\"open\nb,\"closed\"\nc,d\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1)).isInstanceOfSatisfying(Broken.class, broken ->
                assertThat(broken.problem()).contains("lines 2 to 3 were skipped"));
        assertThat(rows.get(2)).isEqualTo(new CsvReader.Record(4, List.of("c", "d")));
    }

    @Test
    void broken_row_after_a_multi_line_field_reports_its_own_first_line() {
        var rows = CsvReader.read("h1,h2\n\"a\nb\",c\r\nx,\"y\"z\r\nlast,one\r\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 4, 5);
        assertThat(rows.get(2)).isInstanceOf(Broken.class);
    }

    private static List<CsvReader.Record> records(String text) {
        var rows = CsvReader.read(text);
        assertThat(rows).allMatch(CsvReader.Record.class::isInstance);
        return rows.stream().map(CsvReader.Record.class::cast).toList();
    }
}

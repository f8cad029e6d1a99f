package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.signals.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The customer CSV: one item of customer data per row, the same fields as {@code POST
 * /api/customers} as columns, told apart from the other CSV kinds by its {@code type} column. Each
 * row with a bad field is refused with its line (the header is line 1); the others are read. Pure.
 */
public final class CustomerCsv {
    /** The rows read, and the problems of the {@code refused} rows that were not. */
    public record Parsed(List<CustomerInput> items, List<FieldError> errors, int refused) {
        public Parsed {
            items = List.copyOf(items);
            errors = List.copyOf(errors);
        }
    }

    /** Whether the file's header names a {@code type} and an {@code account_domain} column. */
    public static boolean isCustomerFile(byte[] content) {
        var text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        var header = header(text.lines().findFirst().orElse(""));
        return header.contains("type") && header.contains("account_domain");
    }

    public Parsed parse(byte[] content, Instant now) {
        var text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        var errors = new ArrayList<FieldError>();
        var items = new ArrayList<CustomerInput>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            List<String> header = null;
            int refused = 0;
            for (CSVRecord record : parser) {
                int line = Math.toIntExact(record.getRecordNumber());
                if (header == null) {
                    header = record.toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
                    var unknown = header.stream().filter(h -> !CustomerParser.FIELDS.containsKey(h)).toList();
                    if (!unknown.isEmpty()) {
                        errors.add(new FieldError(1, "(header)", "unknown column(s) " + String.join(", ", unknown)
                                + " (a customer file has columns " + String.join(",", CustomerParser.FIELDS.keySet().stream().sorted().toList()) + ")"));
                        return new Parsed(List.of(), errors, (int) parser.stream().count());
                    }
                    continue;
                }
                if (record.toList().stream().allMatch(String::isBlank)) continue;
                if (record.size() != header.size()) {
                    errors.add(new FieldError(line, "(row)", "has " + record.size() + " fields but the header has " + header.size()));
                    refused++;
                    continue;
                }
                var cells = new HashMap<String, String>();
                for (int i = 0; i < header.size(); i++) cells.put(header.get(i), record.get(i));
                var item = new CustomerParser().parse(line, cells::get, now, errors);
                if (item == null) refused++;
                else items.add(item);
            }
            return new Parsed(items, errors, refused);
        } catch (IOException | UncheckedIOException e) {
            errors.add(new FieldError(1, "(file)", "has broken quoting: " + e.getMessage()));
            return new Parsed(items, errors, 1);
        }
    }

    private static List<String> header(String line) {
        return java.util.Arrays.stream(line.replace("\uFEFF", "").split(",")).map(h -> h.replace("\"", "").strip()
                .toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
    }
}

package dev.gatehouse.bench.report;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders {@code BENCHMARKS.md} from measured figures: the machine and the load, a count of the
 * targets met, then a table per benchmark with each figure beside its same-run baseline. Pure:
 * the same figures give the same text.
 */
public final class ReportWriter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ReportWriter() {
    }

    /** {@code remarks} are said once, under the introduction (e.g. that the sizes were small). */
    public static String render(Machine machine, String command, List<String> remarks, List<Section> sections) {
        var out = new StringBuilder("# Gatehouse benchmarks\n\n");
        out.append("Written by `").append(command).append("` (the `bench` module; see the README's Numbers section). ")
                .append("Every figure stands beside a baseline measured in the same run on the same machine; ")
                .append("targets are the project's, ✔ met, ✘ missed.\n\n");
        for (var remark : remarks) out.append("**").append(remark).append("**\n\n");
        machine(out, machine);
        summary(out, sections);
        for (var section : sections) section(out, section);
        return out.toString();
    }

    private static void machine(StringBuilder out, Machine m) {
        var took = Duration.between(m.started(), m.finished());
        out.append("| machine | |\n| --- | --- |\n")
                .append("| processor | ").append(cell(m.cpu())).append(" |\n")
                .append("| cores | ").append(m.cores()).append(" |\n")
                .append("| memory | ").append(String.format(java.util.Locale.ROOT, "%,d MB", m.memoryMb())).append(" |\n")
                .append("| OS | ").append(cell(m.os())).append(" |\n")
                .append("| JDK | ").append(cell(m.jdk())).append(" |\n")
                .append("| date | ").append(WHEN.format(m.started())).append(", ran ")
                .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s |\n")
                .append("| load average (1 / 5 / 15 min) | before ").append(m.loadBefore()).append("; after ")
                .append(m.loadAfter()).append(" |\n\n");
        if (m.shared()) {
            out.append("Other work shared the machine during the run (load average above its ").append(m.cores())
                    .append(" cores): every process got a fraction of a core at times, so read the tails (p95, p99, max) ")
                    .append("as upper bounds; each baseline ran under the same load.\n\n");
        }
    }

    private static void summary(StringBuilder out, List<Section> sections) {
        var rows = sections.stream().flatMap(s -> s.rows().stream()).toList();
        long met = rows.stream().filter(r -> r.verdict() == Verdict.MET).count();
        long missed = rows.stream().filter(r -> r.verdict() == Verdict.MISSED).count();
        var where = sections.stream().filter(s -> s.rows().stream().anyMatch(r -> r.verdict() == Verdict.MISSED))
                .map(Section::title).toList();
        out.append("Targets: ").append(met).append(" met, ").append(missed).append(" missed");
        if (!where.isEmpty()) out.append(" (").append(String.join(", ", where)).append(")");
        out.append(".\n\n");
    }

    private static void section(StringBuilder out, Section section) {
        out.append("## ").append(section.title()).append("\n\n")
                .append("| measure | result | baseline, same run | target | |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (var row : section.rows()) {
            out.append("| ").append(cell(row.measure())).append(" | ").append(cell(row.result())).append(" | ")
                    .append(cell(row.baseline())).append(" | ").append(cell(row.target())).append(" | ")
                    .append(row.verdict().mark()).append(" |\n");
        }
        out.append('\n');
        for (var note : section.notes()) out.append("- ").append(note).append('\n');
        if (!section.notes().isEmpty()) out.append('\n');
    }

    /** A table cell: pipes escaped, line breaks folded. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}

package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.signals.Signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Signals as one block each ("Why now"), collapsed into "and N more" when room runs out. */
final class SignalLines {
    private SignalLines() {
    }

    static String line(Signal signal) {
        var kind = signal.kind().wire().replace('_', ' ');
        var source = signal.sourceUrl() == null ? "" : " · " + Text.link(signal.sourceUrl(), "source");
        return "• *" + kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + "* · "
                + Text.day(signal.observedAt()) + " — " + Text.escape(signal.summary()) + source;
    }

    /** At most {@code room} blocks: every signal, or {@code room - 1} of them and a count of the rest. */
    static List<LayoutBlock> blocks(List<Signal> signals, int room) {
        var out = new ArrayList<LayoutBlock>();
        if (room <= 0) return out;
        if (signals.size() <= room) {
            signals.forEach(s -> out.add(Kit.md(line(s))));
            return out;
        }
        int shown = room - 1;
        signals.subList(0, shown).forEach(s -> out.add(Kit.md(line(s))));
        int more = signals.size() - shown;
        out.add(Kit.note("and " + more + " more signal" + (more == 1 ? "" : "s")));
        return out;
    }
}

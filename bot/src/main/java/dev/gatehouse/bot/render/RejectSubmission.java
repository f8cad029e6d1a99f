package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;
import dev.gatehouse.engine.gate.RejectReason;

import java.util.Map;

/** What a person submitted in the reject modal. {@code note} is empty when none was given. */
public record RejectSubmission(RejectReason reason, String note) {
    public static final String REASON_BLOCK = "gh_reject_reason";
    public static final String REASON_INPUT = "gh_reject_reason_input";
    public static final String NOTE_BLOCK = "gh_reject_note";
    public static final String NOTE_INPUT = "gh_reject_note_input";

    /** @throws IllegalArgumentException when no known reason was chosen */
    public static RejectSubmission parse(Map<String, Map<String, ViewState.Value>> values) {
        var reasonValue = get(values, REASON_BLOCK, REASON_INPUT);
        var selected = reasonValue == null || reasonValue.getSelectedOption() == null
                ? null : reasonValue.getSelectedOption().getValue();
        var reason = RejectReason.fromWire(selected)
                .orElseThrow(() -> new IllegalArgumentException("no known reject reason chosen: " + selected));
        var noteValue = get(values, NOTE_BLOCK, NOTE_INPUT);
        var note = noteValue == null || noteValue.getValue() == null ? "" : noteValue.getValue().strip();
        return new RejectSubmission(reason, note);
    }

    private static ViewState.Value get(Map<String, Map<String, ViewState.Value>> values, String block, String action) {
        var actions = values.get(block);
        return actions == null ? null : actions.get(action);
    }
}

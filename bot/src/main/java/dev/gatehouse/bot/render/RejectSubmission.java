package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.engine.gate.RejectReason;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a person submitted in the reject modal. {@code note} is empty when none was given. */
public record RejectSubmission(RejectReason reason, String note) {
    public RejectSubmission {
        Objects.requireNonNull(reason, "reason");
        note = note == null ? "" : note.strip();
    }

    /** @throws IllegalArgumentException when no known reason was chosen */
    public static RejectSubmission parse(Map<String, Map<String, ViewState.Value>> values) {
        var reasonValue = get(values, InputId.REJECT_REASON);
        var selected = reasonValue == null || reasonValue.getSelectedOption() == null
                ? null : reasonValue.getSelectedOption().getValue();
        var reason = RejectReason.fromWire(selected)
                .orElseThrow(() -> new IllegalArgumentException("no known reject reason chosen: " + selected));
        var noteValue = get(values, InputId.REJECT_NOTE);
        return new RejectSubmission(reason, noteValue == null ? null : noteValue.getValue());
    }

    /**
     * Errors for Slack's {@code response_action: errors}, keyed by block_id; empty when valid.
     * "Other" says nothing by itself, so it needs the note to be of any use to the writer.
     */
    public Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        if (reason == RejectReason.OTHER && note.isBlank()) {
            errors.put(InputId.REJECT_NOTE.blockId(),
                    "“" + RejectModalRenderer.NOTE_LABEL + "” is required when the reason is Other: say what is wrong.");
        }
        return errors;
    }

    private static ViewState.Value get(Map<String, Map<String, ViewState.Value>> values, InputId input) {
        var actions = values.get(input.blockId());
        return actions == null ? null : actions.get(input.actionId());
    }
}

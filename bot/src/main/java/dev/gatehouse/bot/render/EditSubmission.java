package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.InputId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person submitted in the edit modal, read from {@code view.state.values}
 * (block_id → action_id → value). {@code subject} is null for reply edits, which have none.
 */
public record EditSubmission(String subject, String body, boolean claimsConfirmed) {
    /** The value of the one option of the confirmation checkbox. */
    public static final String CONFIRMED = "confirmed";

    public static EditSubmission parse(Map<String, Map<String, ViewState.Value>> values) {
        var subjectValue = value(values, InputId.SUBJECT.blockId(), InputId.SUBJECT.actionId());
        String subject = values.containsKey(InputId.SUBJECT.blockId())
                ? nullToEmpty(subjectValue == null ? null : subjectValue.getValue()).strip() : null;
        var parts = new TreeMap<Integer, String>();
        values.forEach((blockId, actions) -> InputId.BODY.part(blockId).ifPresent(index -> {
            var v = actions.get(InputId.BODY.actionId());
            parts.put(index, v == null ? "" : nullToEmpty(v.getValue()));
        }));
        var confirm = value(values, InputId.CONFIRM_CLAIMS.blockId(), InputId.CONFIRM_CLAIMS.actionId());
        boolean confirmed = confirm != null && confirm.getSelectedOptions() != null
                && confirm.getSelectedOptions().stream().anyMatch(o -> CONFIRMED.equals(o.getValue()));
        return new EditSubmission(subject, BodyChunks.join(new ArrayList<>(parts.values())), confirmed);
    }

    /** Errors for Slack's {@code response_action: errors}, keyed by block_id; empty when valid. */
    public Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        if (subject != null && subject.isBlank()) errors.put(InputId.SUBJECT.blockId(), "The subject cannot be empty.");
        // the modal's own limit, which Slack enforces; a longer one was not typed into it
        if (subject != null && subject.length() > EditModalRenderer.SUBJECT_MAX) {
            errors.put(InputId.SUBJECT.blockId(), "The subject can be at most " + EditModalRenderer.SUBJECT_MAX + " characters.");
        }
        if (body.isBlank()) errors.put(InputId.BODY.blockId(0), "The email cannot be empty.");
        return errors;
    }

    private static ViewState.Value value(Map<String, Map<String, ViewState.Value>> values, String block, String action) {
        var actions = values.get(block);
        return actions == null ? null : actions.get(action);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

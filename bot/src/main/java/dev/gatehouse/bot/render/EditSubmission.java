package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person submitted in the edit modal, read from {@code view.state.values}
 * (block_id → action_id → value). {@code subject} is null for reply edits, which have none.
 */
public record EditSubmission(String subject, String body, boolean claimsConfirmed) {
    public static final String SUBJECT_BLOCK = "gh_subject";
    public static final String SUBJECT_INPUT = "gh_subject_input";
    public static final String BODY_BLOCK_PREFIX = "gh_body_";
    public static final String BODY_INPUT = "gh_body_input";
    public static final String CONFIRM_BLOCK = "gh_confirm_claims";
    public static final String CONFIRM_INPUT = "gh_confirm_claims_input";
    public static final String CONFIRMED = "confirmed";

    public static EditSubmission parse(Map<String, Map<String, ViewState.Value>> values) {
        var subjectValue = value(values, SUBJECT_BLOCK, SUBJECT_INPUT);
        String subject = values.containsKey(SUBJECT_BLOCK) ? nullToEmpty(subjectValue == null ? null : subjectValue.getValue()).strip() : null;
        var parts = new TreeMap<Integer, String>();
        values.forEach((blockId, actions) -> {
            if (!blockId.startsWith(BODY_BLOCK_PREFIX)) return;
            try {
                int index = Integer.parseInt(blockId.substring(BODY_BLOCK_PREFIX.length()));
                var v = actions.get(BODY_INPUT);
                parts.put(index, v == null ? "" : nullToEmpty(v.getValue()));
            } catch (NumberFormatException ignored) {
                // not one of ours
            }
        });
        var confirm = value(values, CONFIRM_BLOCK, CONFIRM_INPUT);
        boolean confirmed = confirm != null && confirm.getSelectedOptions() != null
                && confirm.getSelectedOptions().stream().anyMatch(o -> CONFIRMED.equals(o.getValue()));
        return new EditSubmission(subject, BodyChunks.join(new ArrayList<>(parts.values())), confirmed);
    }

    /** Errors for Slack's {@code response_action: errors}, keyed by block_id; empty when valid. */
    public Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        if (subject != null && subject.isBlank()) errors.put(SUBJECT_BLOCK, "The subject cannot be empty.");
        if (body.isBlank()) errors.put(BODY_BLOCK_PREFIX + 0, "The email cannot be empty.");
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

package dev.gatehouse.bot.codec;

import java.util.OptionalInt;

/**
 * Every input a modal carries, as the (block_id, action_id) pair Slack keys its submitted
 * {@code view.state.values} by. Like {@link ActionId}, the wire strings must never change: a modal
 * opened before a deploy is submitted after it. A {@code repeated} input is spread over several
 * blocks ({@code gh_body_0}, {@code gh_body_1}, …) that share one action_id.
 */
public enum InputId {
    SUBJECT("gh_subject", "gh_subject_input", false),
    BODY("gh_body_", "gh_body_input", true),
    CONFIRM_CLAIMS("gh_confirm_claims", "gh_confirm_claims_input", false),
    REJECT_REASON("gh_reject_reason", "gh_reject_reason_input", false),
    REJECT_NOTE("gh_reject_note", "gh_reject_note_input", false),
    /** Why a sampled supervised email was flagged. */
    FLAG_REASON("gh_flag_reason", "gh_flag_reason_input", false),
    /** Why an item of the exceptions queue was dismissed. */
    DISMISS_REASON("gh_dismiss_reason", "gh_dismiss_reason_input", false),
    /** A won or lost deal's amount (optional). */
    CLOSE_AMOUNT("gh_close_amount", "gh_close_amount_input", false),
    /** A won or lost deal's note (optional). */
    CLOSE_NOTE("gh_close_note", "gh_close_note_input", false);

    private final String block;
    private final String actionId;
    private final boolean repeated;

    InputId(String block, String actionId, boolean repeated) {
        this.block = block;
        this.actionId = actionId;
        this.repeated = repeated;
    }

    /** The block_id of a single input. */
    public String blockId() {
        if (repeated) throw new IllegalStateException(name() + " spans several blocks: use blockId(part)");
        return block;
    }

    /** The block_id of part {@code part} (0-based) of a repeated input. */
    public String blockId(int part) {
        if (!repeated) throw new IllegalStateException(name() + " is a single block: use blockId()");
        if (part < 0) throw new IllegalArgumentException("part must be >= 0, was " + part);
        return block + part;
    }

    public String actionId() {
        return actionId;
    }

    /** Which part of this repeated input {@code blockId} is; empty when it is not one of its blocks. */
    public OptionalInt part(String blockId) {
        if (!repeated || blockId == null || !blockId.startsWith(block)) return OptionalInt.empty();
        var digits = blockId.substring(block.length());
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) return OptionalInt.empty();
        return OptionalInt.of(Integer.parseInt(digits));
    }
}

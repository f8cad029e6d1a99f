package dev.gatehouse.bot.codec;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every action_id and callback_id the bot puts on the wire. Slack echoes these strings back in
 * block_actions and view_submission payloads; the {@code gh_} prefix keeps them apart from any
 * other app's ids and must never change for ids already posted in old messages.
 */
public enum ActionId {
    APPROVE("gh_approve"),
    EDIT("gh_edit"),
    REJECT("gh_reject"),
    UNDO("gh_undo"),
    OPEN_REVIEW("gh_open_review"),
    REPLY_EDIT("gh_reply_edit"),
    REPLY_DISMISS("gh_reply_dismiss"),
    /** callback_id of the edit modal. */
    EDIT_SUBMIT("gh_edit_submit"),
    /** callback_id of the reject modal. */
    REJECT_SUBMIT("gh_reject_submit"),
    /** callback_id of the reply edit modal. */
    REPLY_EDIT_SUBMIT("gh_reply_edit_submit"),
    MEETING_HELD("gh_meeting_held"),
    MEETING_NO_SHOW("gh_meeting_no_show"),
    /** Looks right, on an email sent under supervised autonomy and sampled for review. */
    SAMPLE_OK("gh_sample_ok"),
    /** Flag on a sampled email: opens a modal for the reason. */
    SAMPLE_FLAG("gh_sample_flag"),
    /** callback_id of the flag modal. */
    SAMPLE_FLAG_SUBMIT("gh_sample_flag_submit"),
    /** Assign to me, on an item of the exceptions queue. */
    EXCEPTION_ASSIGN("gh_exception_assign"),
    /** Snooze for a day. */
    EXCEPTION_SNOOZE("gh_exception_snooze"),
    /** Dismiss: opens a modal for the reason. */
    EXCEPTION_DISMISS("gh_exception_dismiss"),
    /** callback_id of the dismiss modal. */
    EXCEPTION_DISMISS_SUBMIT("gh_exception_dismiss_submit"),
    OUTCOME_QUALIFIED("gh_outcome_qualified"),
    OUTCOME_NOT_QUALIFIED("gh_outcome_not_qualified"),
    /** Won / Lost on a meeting brief after the meeting: each opens a modal for the amount and a note. */
    OUTCOME_WON("gh_outcome_won"),
    OUTCOME_LOST("gh_outcome_lost"),
    /** callback_id of the Won / Lost modal. */
    OUTCOME_CLOSE_SUBMIT("gh_outcome_close_submit"),
    /** callback_id of the /icp modal. */
    ICP_SUBMIT("gh_icp_submit"),
    /** callback_id of the /offer modal. */
    OFFER_SUBMIT("gh_offer_submit"),
    ANOMALY_ACK("gh_anomaly_ack"),
    ESCALATION_ACK("gh_escalation_ack");

    public static final String PREFIX = "gh_";

    private final String wire;

    ActionId(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ActionId> fromWire(String value) {
        if (value == null) return Optional.empty();
        return Arrays.stream(values()).filter(a -> a.wire.equals(value)).findFirst();
    }
}

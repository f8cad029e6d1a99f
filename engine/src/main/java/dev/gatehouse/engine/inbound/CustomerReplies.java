package dev.gatehouse.engine.inbound;

import java.util.Optional;

/**
 * Replies from a customer's contacts belong to the customer's CSM, not the sales owner: the CSM is
 * who hears about them, and hot ones are escalated the customer-success way (the CSM at once, the
 * managers when nobody acknowledges them in time).
 */
public interface CustomerReplies {
    /** The account's CSM when the account is a customer that has one. */
    Optional<String> csm(long accountId);

    /**
     * Escalates a customer contact's reply when its words are hot (or triage escalated it); false
     * when the account is no customer or nothing in the reply is hot.
     */
    boolean escalate(long accountId, long replyId, String text, boolean triageEscalated);

    /** For hosts without the customer side: every account is a prospect. */
    CustomerReplies NONE = new CustomerReplies() {
        public Optional<String> csm(long accountId) {
            return Optional.empty();
        }

        public boolean escalate(long accountId, long replyId, String text, boolean triageEscalated) {
            return false;
        }
    };
}

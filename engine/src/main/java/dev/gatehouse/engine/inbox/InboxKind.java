package dev.gatehouse.engine.inbox;

/** What an inbox row holds; {@link #wire()} is the value stored in {@code inbox.kind}. */
public enum InboxKind {
    /** A Slack block_actions request (a button click), acknowledged as soon as it is stored. */
    SLACK_ACTION("slack_action"),
    /** A Slack view_submission (a modal's Submit), answered after it is processed. */
    SLACK_VIEW("slack_view"),
    /** A signed {@code POST /api/inbound-email}, triaged after it is stored. */
    INBOUND_EMAIL("inbound_email");

    private final String wire;

    InboxKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static InboxKind fromWire(String wire) {
        for (var kind : values()) {
            if (kind.wire.equals(wire)) return kind;
        }
        throw new IllegalArgumentException("unknown inbox kind: " + wire);
    }
}

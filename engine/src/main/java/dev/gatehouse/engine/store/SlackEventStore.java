package dev.gatehouse.engine.store;

import org.jooq.DSLContext;

import static dev.gatehouse.engine.store.db.Tables.SLACK_EVENTS;

/** Remembers Slack event ids so a retried delivery is handled once, across instances. */
public final class SlackEventStore {
    private final DSLContext dsl;

    SlackEventStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True the first time this id is seen, false for every retry. */
    public boolean firstDelivery(String eventId) {
        return dsl.insertInto(SLACK_EVENTS).set(SLACK_EVENTS.EVENT_ID, eventId)
                .onConflict(SLACK_EVENTS.EVENT_ID).doNothing().execute() == 1;
    }
}

package dev.gatehouse.engine.store;

import dev.gatehouse.engine.replies.ingest.ImapCursor;
import org.jooq.DSLContext;
import org.jooq.JSON;

import java.time.OffsetDateTime;
import java.util.Map;

import static dev.gatehouse.engine.store.db.Tables.APP_SETTINGS;

/** How far the sending mailbox has been read over IMAP, kept so a restart does not re-read it. */
public final class CursorStore {
    private static final String KEY = "imap_cursor";
    private final DSLContext dsl;

    CursorStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ImapCursor imapCursor() {
        return dsl.select(APP_SETTINGS.SETTING_VALUE).from(APP_SETTINGS).where(APP_SETTINGS.SETTING_KEY.eq(KEY))
                .fetchOptional(APP_SETTINGS.SETTING_VALUE)
                .map(json -> {
                    var node = Json.read(json, com.fasterxml.jackson.databind.JsonNode.class);
                    return new ImapCursor(node.path("uid_validity").asLong(), node.path("last_uid").asLong());
                })
                .orElse(ImapCursor.START);
    }

    public void save(ImapCursor cursor) {
        var value = JSON.valueOf(Json.write(Map.of("uid_validity", cursor.uidValidity(), "last_uid", cursor.lastUid())));
        dsl.insertInto(APP_SETTINGS).set(APP_SETTINGS.SETTING_KEY, KEY).set(APP_SETTINGS.SETTING_VALUE, value)
                .set(APP_SETTINGS.UPDATED_BY, "gatehouse")
                .onConflict(APP_SETTINGS.SETTING_KEY).doUpdate()
                .set(APP_SETTINGS.SETTING_VALUE, value).set(APP_SETTINGS.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }
}

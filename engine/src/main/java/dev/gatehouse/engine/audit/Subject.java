package dev.gatehouse.engine.audit;

import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.ids.TouchId;

import java.util.Objects;

/**
 * What an audit entry is about, as {@code audit_log} stores it: a type and an id. Built from typed
 * ids where one number could be a touch, a reply or a meeting, so one is never filed as another.
 */
public record Subject(String type, String id) {
    public Subject {
        Objects.requireNonNull(type, "type");
    }

    public static Subject of(TouchId touch) {
        return new Subject("touch", Long.toString(touch.value()));
    }

    public static Subject of(ReplyId reply) {
        return new Subject("reply", Long.toString(reply.value()));
    }

    public static Subject of(MeetingId meeting) {
        return new Subject("meeting", Long.toString(meeting.value()));
    }

    public static Subject account(long accountId) {
        return new Subject("account", Long.toString(accountId));
    }

    public static Subject contact(long contactId) {
        return new Subject("contact", Long.toString(contactId));
    }

    public static Subject signal(long signalId) {
        return new Subject("signal", Long.toString(signalId));
    }

    public static Subject email(String address) {
        return new Subject("email", address);
    }

    /** An item of the exceptions queue. */
    public static Subject exception(long exceptionId) {
        return new Subject("exception", Long.toString(exceptionId));
    }

    /** One of the app settings (the kill switch is {@code sending_paused}). */
    public static Subject setting(String key) {
        return new Subject("app_setting", key);
    }
}

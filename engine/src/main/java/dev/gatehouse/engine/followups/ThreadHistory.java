package dev.gatehouse.engine.followups;

import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TouchRow;
import dev.gatehouse.engine.writing.PriorTouch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A thread is its first touch and every touch pointing at it; this reads what was actually sent. */
public final class ThreadHistory {
    private ThreadHistory() {
    }

    /** The root of the thread a touch belongs to. */
    public static long rootOf(TouchRow touch) {
        return touch.threadTouchId() == null ? touch.id() : touch.threadTouchId();
    }

    public static List<TouchRow> touches(Stores stores, long threadTouchId) {
        var first = stores.touches().find(threadTouchId).orElseThrow();
        var all = new ArrayList<TouchRow>();
        all.add(first);
        stores.touches().forContact(first.contactId()).stream()
                .filter(t -> t.threadTouchId() != null && t.threadTouchId() == threadTouchId)
                .forEach(all::add);
        all.sort(Comparator.comparingLong(TouchRow::id));
        return all;
    }

    /** What we sent in the thread, oldest first, for a writer to refer to. */
    public static List<PriorTouch> sent(Stores stores, long threadTouchId) {
        return touches(stores, threadTouchId).stream()
                .filter(t -> t.status() == TouchStatus.SENT)
                .map(t -> new PriorTouch(t.step(), t.draft().subject(), t.draft().body(),
                        stores.outbox().forTouch(t.id()).map(m -> m.sentAt()).orElse(t.createdAt())))
                .toList();
    }
}

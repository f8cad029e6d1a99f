package dev.gatehouse.engine.review;

import dev.gatehouse.engine.exceptions.ExceptionItem;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.store.Stores;

import java.util.Optional;

/** The host's notifier, with every review message it posts recorded on its touch (to update it in place later). */
public final class RecordingNotifier implements ReviewNotifier {
    private final ReviewNotifier host;
    private final Stores stores;

    public RecordingNotifier(ReviewNotifier host, Stores stores) {
        this.host = host;
        this.stores = stores;
    }

    @Override
    public Optional<ReviewMessage> reviewReady(ReviewItem item) {
        return record(item, host.reviewReady(item));
    }

    @Override
    public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
        return record(item, host.reviewUpdated(item));
    }

    @Override
    public Optional<ReviewMessage> remind(ReviewItem item) {
        return record(item, host.remind(item));
    }

    @Override
    public void exception(String ownerSlackId, String summary) {
        host.exception(ownerSlackId, summary);
    }

    @Override
    public Optional<ReviewMessage> exceptionRaised(ExceptionItem item) {
        var posted = host.exceptionRaised(item);
        posted.ifPresent(m -> stores.exceptions().recordSlackMessage(item.id(), m.channel(), m.ts()));
        return posted;
    }

    @Override
    public void exceptionUpdated(ExceptionItem item) {
        host.exceptionUpdated(item);
    }

    private Optional<ReviewMessage> record(ReviewItem item, Optional<ReviewMessage> posted) {
        posted.ifPresent(m -> stores.touches().recordSlackMessage(item.touchId(), m.channel(), m.ts()));
        return posted;
    }
}

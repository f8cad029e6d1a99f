package dev.gatehouse.engine.research;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.signals.Signal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Research results kept for a while, so follow-ups reuse what the first email found. The key
 * holds the newest signal's id: a new signal makes a new key, and stale entries simply expire.
 */
public final class ResearchCache {
    private record Key(long accountId, long contactId, long newestSignalId) {
    }

    private final Researcher researcher;
    private final Cache<Key, List<Fact>> cache;

    public ResearchCache(Duration ttl, Ticker ticker) {
        this(new Researcher(), ttl, ticker);
    }

    /** With the cache's hits, misses and evictions as {@code cache_*{cache="research"}} meters. */
    public ResearchCache(Duration ttl, Ticker ticker, MeterRegistry meters) {
        this(ttl, ticker);
        CaffeineCacheMetrics.monitor(meters, cache, "research");
    }

    public ResearchCache(Researcher researcher, Duration ttl, Ticker ticker) {
        this.researcher = Objects.requireNonNull(researcher, "researcher");
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(Objects.requireNonNull(ttl, "ttl"))
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .maximumSize(10_000)
                .recordStats()
                .build();
    }

    public List<Fact> research(Account account, Contact contact, List<Signal> signals, Instant now) {
        var all = signals == null ? List.<Signal>of() : signals;
        long newest = all.stream()
                .filter(s -> s.accountId() == account.id())
                .max(Comparator.comparing(Signal::observedAt).thenComparing(Signal::id))
                .map(Signal::id).orElse(-1L);
        var key = new Key(account.id(), contact == null ? -1 : contact.id(), newest);
        return cache.get(key, k -> researcher.research(account, contact, all, now));
    }
}

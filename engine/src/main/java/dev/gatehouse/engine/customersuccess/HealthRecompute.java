package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.CustomerFacts;
import dev.gatehouse.engine.customers.Health;
import dev.gatehouse.engine.customers.HealthScorer;
import dev.gatehouse.engine.store.Stores;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Scores a customer for the weeks its signals changed and keeps each week's score (the history). */
public final class HealthRecompute {
    private final Stores stores;
    private final HealthScorer scorer = new HealthScorer();

    public HealthRecompute(Stores stores) {
        this.stores = stores;
    }

    /**
     * Each changed customer's health for {@code thisWeek} and for every earlier week whose usage
     * changed (the history of an import of past weeks).
     *
     * @return the facts of each customer recomputed, by account id
     */
    public java.util.Map<Long, CustomerFacts> afterIngest(CustomerIngest.Changes changes, LocalDate thisWeek) {
        var recomputed = new java.util.LinkedHashMap<Long, CustomerFacts>();
        for (long accountId : changes.accounts()) {
            stores.customers().facts(accountId).ifPresent(facts -> {
                var weeks = new java.util.HashSet<LocalDate>();
                weeks.add(thisWeek);
                changes.usage().stream().filter(u -> u.accountId() == accountId && !u.week().isAfter(thisWeek))
                        .forEach(u -> weeks.add(u.week()));
                recompute(facts, weeks);
                recomputed.put(accountId, facts);
            });
        }
        return recomputed;
    }

    /** @return the health of each week, oldest first */
    public List<Health> recompute(CustomerFacts facts, Collection<LocalDate> weeks) {
        var healths = new TreeSet<>(weeks).stream().map(week -> scorer.score(facts, week)).toList();
        stores.customerAlerts().saveAll(healths);
        return healths;
    }

    /** Every customer's health for {@code week}: all facts read in a few queries, scored in parallel, saved in batches. */
    public int recomputeAll(LocalDate week) {
        var healths = stores.customers().allFacts().parallelStream().map(facts -> scorer.score(facts, week)).toList();
        stores.customerAlerts().saveAll(healths);
        return healths.size();
    }
}

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

    /** @return the health of each week, oldest first */
    public List<Health> recompute(CustomerFacts facts, Collection<LocalDate> weeks) {
        var healths = new TreeSet<>(weeks).stream().map(week -> scorer.score(facts, week)).toList();
        healths.forEach(stores.customerAlerts()::save);
        return healths;
    }
}

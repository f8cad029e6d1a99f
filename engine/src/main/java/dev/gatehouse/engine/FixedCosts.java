package dev.gatehouse.engine;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.PlaybookEvent;
import dev.gatehouse.engine.report.FixedMonthlyCost;
import dev.gatehouse.engine.store.Stores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Objects;

/**
 * The fixed monthly cost a manager enters ({@code /cost monthly 1200}), so cost per qualified
 * opportunity is the whole number: stored as a setting, each change one transaction with its
 * audit row (before and after). Without a setting, {@code GATEHOUSE_FIXED_MONTHLY_COST} is used.
 */
public final class FixedCosts {
    private final Stores stores;
    private final BigDecimal envDefault;
    private final Clock clock;

    FixedCosts(Stores stores, BigDecimal envDefault, Clock clock) {
        this.stores = stores;
        this.envDefault = Objects.requireNonNull(envDefault, "envDefault");
        this.clock = clock;
    }

    /** How a change ended. */
    public sealed interface Change {
        record Changed(FixedMonthlyCost before, FixedMonthlyCost after) implements Change {
        }

        /** {@code clear} with no setting to clear: the default stays. */
        record NothingToClear(FixedMonthlyCost current) implements Change {
        }

        /** Refused; {@code problem} names the field. */
        record Invalid(String problem) implements Change {
        }
    }

    /** The cost in force: the manager's setting, else the environment's default. */
    public FixedMonthlyCost current() {
        return stores.playbook().fixedMonthlyCost().orElse(FixedMonthlyCost.fromEnv(envDefault));
    }

    public Change set(BigDecimal usd, String actor) {
        Objects.requireNonNull(actor, "actor");
        if (usd == null) return new Change.Invalid("amount: give the monthly cost in USD, e.g. `/cost monthly 1200`");
        if (usd.signum() < 0) return new Change.Invalid("amount: must not be negative");
        if (usd.compareTo(FixedMonthlyCost.MAX) > 0) return new Change.Invalid("amount: at most 10,000,000 USD a month");
        if (usd.stripTrailingZeros().scale() > 2) return new Change.Invalid("amount: at most two decimals (cents)");
        var amount = usd.setScale(2, RoundingMode.UNNECESSARY);
        return stores.inTransaction(s -> {
            s.playbook().lockFixedMonthlyCost();
            var before = s.playbook().fixedMonthlyCost().orElse(FixedMonthlyCost.fromEnv(envDefault));
            s.playbook().setFixedMonthlyCost(amount, actor);
            var after = new FixedMonthlyCost(amount, actor, clock.instant());
            s.audit().append(new PlaybookEvent.FixedCostSet(Actor.fromWire(actor), before.text(), after.text()));
            return new Change.Changed(before, after);
        });
    }

    /** Removes the manager's setting: reports use the environment's default again. */
    public Change clear(String actor) {
        Objects.requireNonNull(actor, "actor");
        return stores.inTransaction(s -> {
            s.playbook().lockFixedMonthlyCost();
            var before = s.playbook().fixedMonthlyCost();
            var after = FixedMonthlyCost.fromEnv(envDefault);
            if (before.isEmpty()) return new Change.NothingToClear(after);
            s.playbook().clearFixedMonthlyCost();
            s.audit().append(new PlaybookEvent.FixedCostCleared(Actor.fromWire(actor), before.get().text(), after.text()));
            return new Change.Changed(before.get(), after);
        });
    }
}

package dev.gatehouse.engine.customers;

/** Health 70..100 is healthy, 40..69 watch, below 40 at risk. */
public enum HealthBand implements Wired {
    HEALTHY, WATCH, AT_RISK
}

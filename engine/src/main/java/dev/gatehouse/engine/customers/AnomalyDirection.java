package dev.gatehouse.engine.customers;

/** A drop is a risk; a spike is reported as growth. */
public enum AnomalyDirection implements Wired {
    DROP, SPIKE
}

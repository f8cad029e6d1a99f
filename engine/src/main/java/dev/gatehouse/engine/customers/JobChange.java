package dev.gatehouse.engine.customers;

/** What happened to a customer's contact: a champion leaving is a risk. */
public enum JobChange implements Wired {
    LEFT, JOINED, NEW_ROLE
}

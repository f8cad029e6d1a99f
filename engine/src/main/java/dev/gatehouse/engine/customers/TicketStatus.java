package dev.gatehouse.engine.customers;

/** Where a support ticket stands; open and pending count as open. */
public enum TicketStatus implements Wired {
    OPEN, PENDING, SOLVED, CLOSED
}

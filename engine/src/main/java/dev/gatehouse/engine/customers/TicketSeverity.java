package dev.gatehouse.engine.customers;

/** How bad a support ticket is, as the help desk rates it. */
public enum TicketSeverity implements Wired {
    LOW, NORMAL, HIGH, URGENT
}

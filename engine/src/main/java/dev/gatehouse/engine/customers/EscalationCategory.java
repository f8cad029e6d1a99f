package dev.gatehouse.engine.customers;

/** Why a customer's words reach the CSM within seconds, with nothing drafted. */
public enum EscalationCategory implements Wired {
    ANGRY, LEGAL, SECURITY, CANCELLATION
}

package dev.gatehouse.engine.customers;

/** The part a customer's contact plays: who champions the product, who signs, who runs it, who uses it. */
public enum CustomerRole implements Wired {
    CHAMPION, ECONOMIC_BUYER, ADMIN, USER
}

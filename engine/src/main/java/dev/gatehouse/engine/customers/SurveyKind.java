package dev.gatehouse.engine.customers;

/** NPS answers 0..10, CSAT answers 1..5. */
public enum SurveyKind implements Wired {
    NPS, CSAT
}

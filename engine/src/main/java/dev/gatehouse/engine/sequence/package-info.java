/**
 * The states of a thread's follow-up sequence (a step's status, why a sequence stopped). They live
 * apart from {@code followups}, whose service uses the store, so the store can map them without a
 * package cycle.
 */
package dev.gatehouse.engine.sequence;

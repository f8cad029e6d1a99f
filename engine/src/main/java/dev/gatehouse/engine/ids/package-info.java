/**
 * Typed row ids for the places where one number could be a touch, a reply or a meeting (audit
 * subjects, button values). Depends on nothing; services keep taking plain {@code long}s.
 */
package dev.gatehouse.engine.ids;

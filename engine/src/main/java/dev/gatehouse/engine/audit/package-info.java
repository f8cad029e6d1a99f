/**
 * What the append-only audit log records, as a sealed {@link dev.gatehouse.engine.audit.AuditEvent}
 * hierarchy with its {@link dev.gatehouse.engine.audit.Actor} and
 * {@link dev.gatehouse.engine.audit.Subject}. Depends only on ids and small enums, so any package,
 * the store included, can use it.
 */
package dev.gatehouse.engine.audit;

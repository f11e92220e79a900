/**
 * Classes the embedded H2 database itself runs: the audit log's append-only trigger
 * ({@link db.h2.AuditLogAppendOnlyTrigger}), named by class in the H2 migration V3.1, and the guard of
 * published exposure periods ({@link db.h2.PublishedPeriodFrozenTrigger}, V44). The package name is
 * what the stored triggers refer to, so it must not move.
 */
package db.h2;

/**
 * Classes the embedded H2 database itself runs: the audit log's append-only trigger
 * ({@link db.h2.AuditLogAppendOnlyTrigger}), named by class in the H2 migration V3.1. The package
 * name is what the stored trigger refers to, so it must not move.
 */
package db.h2;

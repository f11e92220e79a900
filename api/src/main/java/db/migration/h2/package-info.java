/**
 * H2's Java migration: V0.1 registers the H2GIS spatial functions in a new embedded database. Flyway
 * finds it by this package, which mirrors the {@code db/migration/h2} folder of the vendor-only SQL.
 */
package db.migration.h2;

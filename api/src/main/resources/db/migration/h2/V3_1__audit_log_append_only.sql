-- Append-only: the database itself refuses to change or remove an audit row (H2 runs the trigger
-- class from the application's class path). Part of V3 until the migrations were merged into one
-- common set; databases migrated before then got this trigger from their V3.
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'db.h2.AuditLogAppendOnlyTrigger';

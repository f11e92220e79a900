-- Run by Flyway after every migrate (a callback, not a versioned migration), as the role that runs
-- the migrations and owns the schema. When the server connects as another role
-- (spring.datasource.username, the placeholder app_role; README, Running on PostGIS), that role gets
-- exactly what the server does with the data, on every table the owner has, including tables added
-- since the last start:
--   * SELECT, INSERT, UPDATE, DELETE and the sequences, but no TRUNCATE, REFERENCES or TRIGGER;
--   * audit_log: SELECT and INSERT only (append-only, and the trigger of V3.1 besides);
--   * component_change: SELECT and INSERT only (a component's history, append-only);
--   * exposure_period: no DELETE; UPDATE stays for drafts, the trigger of V44 refuses it on
--     published periods;
--   * Flyway's history: nothing.
-- Owning nothing, it cannot ALTER, DROP or DISABLE TRIGGER on any of them. Where the server
-- connects as the owner itself (one role, as the tests and a plain install do), nothing changes.
DO $grants$
DECLARE
    app  TEXT := '${app_role}';
    item RECORD;
BEGIN
    IF app = '' OR app = current_user THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE WARNING 'application role % does not exist: no privileges granted', app;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    FOR item IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user LOOP
        EXECUTE format('REVOKE ALL ON TABLE %I FROM %I', item.tablename, app);
        IF item.tablename = '${flyway:table}' THEN
            CONTINUE;
        ELSIF item.tablename IN ('audit_log', 'component_change') THEN
            EXECUTE format('GRANT SELECT, INSERT ON TABLE %I TO %I', item.tablename, app);
        ELSIF item.tablename = 'exposure_period' THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE ON TABLE %I TO %I', item.tablename, app);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO %I', item.tablename, app);
        END IF;
    END LOOP;
    FOR item IN SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() AND sequenceowner = current_user LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO %I', item.sequencename, app);
    END LOOP;
    -- Tables and sequences the owner creates outside a migration run: usable before the next start.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
            current_schema(), app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', current_schema(), app);
END
$grants$;

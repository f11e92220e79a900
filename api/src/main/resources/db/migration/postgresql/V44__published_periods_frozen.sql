-- A published revision of an exposure period (挂账督办) is never changed or removed again, by the
-- database's own rule as well as the application's: its snapshot and SHA-256 are what the public
-- pages show. The error is a permission error (SQLSTATE 42501). The trigger belongs to the schema's
-- owner (the role that runs the migrations); an application role that does not own the table can
-- neither drop nor disable it (README, Running on PostGIS).
CREATE FUNCTION exposure_period_published_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'exposure_period: a published period cannot be changed: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER exposure_period_published_frozen BEFORE UPDATE OR DELETE ON exposure_period
    FOR EACH ROW WHEN (OLD.state = 'published') EXECUTE FUNCTION exposure_period_published_frozen();
CREATE TRIGGER exposure_period_no_truncate BEFORE TRUNCATE ON exposure_period
    FOR EACH STATEMENT EXECUTE FUNCTION exposure_period_published_frozen();

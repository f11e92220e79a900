-- A published revision of an exposure period (挂账督办) is never changed or removed again, by the
-- database's own rule as well as the application's (H2 runs the trigger class from the application's
-- class path). On H2 the application is the database's only user and could drop the trigger; there
-- the public pages' check of each snapshot against its SHA-256 is what catches a changed snapshot.
CREATE TRIGGER exposure_period_published_frozen BEFORE UPDATE, DELETE ON exposure_period
    FOR EACH ROW CALL 'db.h2.PublishedPeriodFrozenTrigger';

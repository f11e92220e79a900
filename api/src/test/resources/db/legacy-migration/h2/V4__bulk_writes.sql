-- H2 writes its sequences to the file every CACHE values, and each such write stores every page
-- changed so far (a full MVStore commit). With the default cache of 32, a bulk import of cases
-- (city_case, case_event and audit_log rows) spent a quarter of its time there. A larger cache only
-- means that ids jump after a crash; case numbers come from case_number, not from ids.
ALTER TABLE city_case ALTER COLUMN id SET CACHE 1000;
ALTER TABLE case_event ALTER COLUMN id SET CACHE 1000;
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 1000;

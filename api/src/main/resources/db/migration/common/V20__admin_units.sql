-- The administrator manages responsible units (issue 13): a contact line for each, and a unit can be
-- disabled (停用) instead of deleted, because cases and their history keep pointing at it. A disabled
-- unit is neither offered at 派遣 nor chosen by a dispatch rule or as a township's home unit.
ALTER TABLE responsible_unit ADD COLUMN contact VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE responsible_unit ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;

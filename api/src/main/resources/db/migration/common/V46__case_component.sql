-- A case about a city component (部件, issue 16) names it by its 部件标识码: the cover that is missing,
-- the lamp that is out. The code, not the id: a component removed by a re-survey leaves its cases
-- pointing at a code whose history is kept (component_change). NULL for every other case.
ALTER TABLE city_case ADD COLUMN component_code VARCHAR(16);
CREATE INDEX city_case_component ON city_case (component_code, received_at);

-- 网格员考核 (issue 14): the assessment counts per grid worker and 责任网格 over a period. Measured on
-- PostGIS with 1,000,000 cases (bench/README.md "Grid workers' assessment"): without these a month's
-- figures read the month's whole range of the received_at index (every case of the district) and a
-- year's read the table; with them they read only the cases placed with a grid worker or grid.
-- The grid worker index gains received_at (a worker's own case list still uses its first column).
DROP INDEX city_case_grid_worker;
CREATE INDEX city_case_grid_worker ON city_case (grid_worker, received_at);
CREATE INDEX city_case_responsibility_grid ON city_case (responsibility_grid_id, received_at);
-- 上报问题数: the reports from patrol (source grid_patrol) of a period.
CREATE INDEX city_case_source_received ON city_case (source, received_at);
-- 核查任务: the 反馈 (reply) events of a period.
CREATE INDEX case_event_action_at ON case_event (action, at);

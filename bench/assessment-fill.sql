-- bench/cases.sh stage fill-assess-pg: after load-pg, gives the 1,000,000 bulk-loaded cases what the
-- server would have given them for the grid workers' assessment (issue 14), on PostgreSQL.
--  * The 责任网格 and worker on duty, as CaseService stores them at creation (ResponsibilityGrids.dutyAt):
--    the grid whose current cells hold the case's cell, its longest-serving current 网格员 (else the
--    网格长). The demo 责任网格 cover 漷县镇 and 梨园镇: cases elsewhere keep none.
--  * A quarter of the cases placed with a worker are the worker's own reports (source 网格巡查).
--  * The history events the workflow writes (register, dispatch, accept, reply, verify/close), from
--    the timestamps the bulk load set: 反馈 at reported_done_at; 核查 of a case placed with a worker
--    by that worker within 0–30 h for 85 % of them (so some late), by the centre (duban) otherwise
--    and for cases without a worker; reopened rounds are not simulated.
--  * Patrols: each demo grid worker patrols on 5 days of 7 over the year, passing a random 40 % of
--    the cells of their 责任网格 on each.
\timing on
SET work_mem = '256MB';

UPDATE city_case c SET responsibility_grid_id = d.grid_id, responsibility_grid_name = d.grid_name,
       grid_worker = d.username, grid_worker_name = d.display_name
FROM (
    SELECT DISTINCT ON (gc.current_cell_code) gc.current_cell_code AS cell, g.id AS grid_id, g.name AS grid_name,
           w.username, COALESCE(u.display_name, w.username) AS display_name
    FROM responsibility_grid_cell gc
    JOIN responsibility_grid g ON g.id = gc.grid_id
    LEFT JOIN responsibility_grid_worker w ON w.grid_id = g.id AND w.valid_to IS NULL
    LEFT JOIN app_user u ON u.username = w.username
    WHERE gc.current_cell_code IS NOT NULL
    ORDER BY gc.current_cell_code, w.leader, w.valid_from, w.id
) d
WHERE c.grid_cell_code = d.cell;

UPDATE city_case SET source = 'grid_patrol', created_by = grid_worker
WHERE grid_worker IS NOT NULL AND id % 4 = 0;

INSERT INTO case_event (case_id, action, from_state, to_state, actor, at)
SELECT id, 'register', 'received', 'registered', 'zuoxi', registered_at FROM city_case WHERE registered_at IS NOT NULL
UNION ALL
SELECT id, 'dispatch', 'registered', 'dispatched', 'zuoxi', dispatched_at FROM city_case WHERE dispatched_at IS NOT NULL
UNION ALL
SELECT id, 'accept', 'dispatched', 'in_progress', 'unit', responded_at FROM city_case WHERE responded_at IS NOT NULL
UNION ALL
SELECT id, 'reply', 'in_progress', 'reported_done', 'unit', reported_done_at FROM city_case WHERE reported_done_at IS NOT NULL
UNION ALL
SELECT id, 'verify', 'reported_done', 'verified',
       CASE WHEN grid_worker IS NOT NULL AND random() < 0.85 THEN grid_worker ELSE 'duban' END,
       reported_done_at + random() * INTERVAL '30 hours'
FROM city_case WHERE reported_done_at IS NOT NULL AND state IN ('verified', 'closed')
UNION ALL
SELECT id, 'close', 'verified', 'closed', 'duban', closed_at FROM city_case WHERE closed_at IS NOT NULL;

-- Patrols of the demo grid workers (not the leaders) over the year before now.
CREATE TEMP TABLE bench_patrol AS
SELECT w.username, g.township_code, d AS day
FROM responsibility_grid_worker w JOIN responsibility_grid g ON g.id = w.grid_id
CROSS JOIN generate_series(date_trunc('day', now()) - INTERVAL '365 days', date_trunc('day', now()) - INTERVAL '1 day',
                           INTERVAL '1 day') d
WHERE w.valid_to IS NULL AND NOT w.leader AND extract(isodow FROM d) <= 5;

INSERT INTO patrol (worker, scope_code, source, started_at, ended_at, point_count, length_metres, buffer_metres)
SELECT username, township_code, 'gpx', day + INTERVAL '1 hour', day + INTERVAL '4 hours', 600, 8000, 30 FROM bench_patrol;

INSERT INTO patrol_cell (patrol_id, cell_code, first_passed_at)
SELECT p.id, gc.cell_code, p.started_at + random() * INTERVAL '3 hours'
FROM patrol p
JOIN responsibility_grid_worker w ON w.username = p.worker AND w.valid_to IS NULL
JOIN responsibility_grid_cell gc ON gc.grid_id = w.grid_id AND gc.valid_to IS NULL
WHERE random() < 0.4;

VACUUM ANALYZE city_case;
VACUUM ANALYZE case_event;
VACUUM ANALYZE patrol;
VACUUM ANALYZE patrol_cell;
SELECT (SELECT count(*) FROM city_case) AS cases,
       (SELECT count(*) FROM city_case WHERE grid_worker IS NOT NULL) AS with_worker,
       (SELECT count(*) FROM city_case WHERE source = 'grid_patrol') AS patrol_reports,
       (SELECT count(*) FROM case_event) AS events,
       (SELECT count(*) FROM patrol) AS patrols,
       (SELECT count(*) FROM patrol_cell) AS patrol_cells;

-- The demo 责任网格 were made when the server first started on this store (minutes ago): date their
-- cells and people back over the loaded year, as grids that have been worked all along.
UPDATE responsibility_grid SET created_at = now() - INTERVAL '400 days';
UPDATE responsibility_grid_cell SET valid_from = now() - INTERVAL '400 days';
UPDATE responsibility_grid_worker SET valid_from = now() - INTERVAL '400 days';
ANALYZE responsibility_grid_cell;
ANALYZE responsibility_grid_worker;

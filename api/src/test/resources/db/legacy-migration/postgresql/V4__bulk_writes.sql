-- Nothing to change on PostgreSQL: the H2 migration of this version enlarges H2's identity caches,
-- whose flushes are full commits there; PostgreSQL's sequences cost no such write. This file keeps
-- the version numbers of both vendors in step.
SELECT 1;

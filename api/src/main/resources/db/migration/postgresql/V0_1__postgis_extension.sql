-- The spatial types and functions, as H2's V0.1 loads H2GIS. Part of V1 until the migrations were
-- merged into one common set; databases migrated before then got the extension from their V1.
CREATE EXTENSION IF NOT EXISTS postgis;

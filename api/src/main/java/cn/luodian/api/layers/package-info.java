/**
 * The reference layers in the database (H2GIS or PostGIS): writing, reading and the
 * {@code /api/v1/layers} endpoints.
 *
 * <p>Other packages use the face {@link cn.luodian.api.layers.ReferenceLayers} (write a batch, read
 * features and division codes, each layer's origin); the storage classes below stay inside.
 *
 * <p>{@link cn.luodian.api.layers.JdbcLayerStore} implements geo-data's {@code LayerStore}: a
 * {@code LayerBatch} is written in one transaction (key clashes checked before any row is written),
 * and each layer's provenance ({@code demo} or {@code import}) is recorded in {@code layer_source}.
 * Geometries travel as WKB ({@code ST_GeomFromWKB}/{@code ST_AsBinary}), which both databases
 * implement alike; the table mapping is the package-private {@code LayerTable}.
 * {@link cn.luodian.api.layers.LayerReader} reads features back by bounding box and admin level in a
 * stable order (one SQL query, {@code geom && ST_MakeEnvelope(…)});
 * {@link cn.luodian.api.layers.DivisionCodeReader} reads the gazetteer {@code division_code}.
 * {@link cn.luodian.api.layers.ReferenceImporter} reads and checks a whole file with geo-data's
 * {@code io} before the one write, so a bad feature leaves the store as it was, and reports an
 * {@link cn.luodian.api.layers.ImportSummary}. {@link cn.luodian.api.layers.LayersController}
 * serves the layer list and each layer as GeoJSON; {@link cn.luodian.api.layers.BoundingBoxes}
 * parses the {@code bbox} parameter for every endpoint that takes one.
 *
 * <p>Near the bottom of the module: it must not depend on cases, tiles, describe or anything built
 * on the reference data; those read through {@code ReferenceLayers}.
 */
package cn.luodian.api.layers;

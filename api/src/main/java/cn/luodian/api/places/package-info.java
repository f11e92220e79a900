/**
 * Places by code and places at a point: {@code /api/v1/places}.
 *
 * <p>{@link cn.luodian.api.places.PlacesController} answers {@code /api/v1/places/{code}}: one admin
 * area by its official code, as a GeoJSON Feature with its chain of parents (read through
 * {@code layers.ReferenceLayers}). {@link cn.luodian.api.places.PlacesAtPointController} answers
 * {@code /api/v1/places?lon&lat&crs}: every admin level and the unit grid cell containing a point,
 * from the in-memory {@code describe.ReferenceSnapshot} (no database work per request).
 * Official names come from the division-code gazetteer, also through {@code ReferenceLayers}.
 *
 * <p>Read-only over the reference data: it must not depend on cases or anything that changes data.
 */
package cn.luodian.api.places;

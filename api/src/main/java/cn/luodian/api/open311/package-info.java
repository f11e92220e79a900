/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, JSON only, for citizens' apps and other cities'
 * tools.
 *
 * <p>{@link cn.luodian.api.open311.Open311ServicesController} lists one service per 小类 of the
 * taxonomy. {@link cn.luodian.api.open311.Open311ReportController} takes a report
 * ({@code POST requests.json}, form-encoded) as a case of source {@code public}, acting as
 * {@code Actor.system("open311")}; the place is lat/long or else {@code address_string} read as a
 * location sentence. {@link cn.luodian.api.open311.Open311RequestsController} reads requests back;
 * the package-private {@code ServiceRequestViews} shows public fields only (no reporter contact,
 * long digit runs masked) and maps states to {@code open}/{@code closed}. {@code Open311Times} reads
 * and writes W3C date-times; {@link cn.luodian.api.open311.Open311XmlController} answers the
 * {@code .xml} twins with 400; {@code Open311ErrorFormat} rewrites the problem+json of errors under
 * {@code /open311/} into GeoReport's {@code [{"code", "description"}]} (the status still comes from
 * {@code system.ProblemDetailsAdvice}).
 *
 * <p>An adapter over the case service: nothing depends on this package, and it holds no case rules
 * of its own.
 */
package cn.luodian.api.open311;

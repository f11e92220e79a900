/**
 * The api module: one Spring Boot application over the plain-Java spatial core ({@code cn.luodian.geo}).
 *
 * <p>{@link cn.luodian.api.LuodianApplication} is the entry point of the one jar: with no command it
 * serves the HTTP API, the tiles, the public exposure pages and the map workspace; with
 * {@code import}, {@code import-osm}, {@code import-codes} or {@code import-cases} it hands over to
 * {@code cli.CommandLine}, which fills the same store and exits.
 *
 * <p>The sub-packages are by feature: reference data ({@code layers}, {@code places}, {@code grid},
 * {@code describe}), cases and their workflow ({@code cases}, {@code categories}, {@code dispatch},
 * {@code clocks}, {@code photos}, {@code hotline}, {@code open311}), analysis ({@code stats},
 * {@code hotspots}), maps ({@code tiles}), 挂账督办 ({@code exposure}), people ({@code security}),
 * the shared plumbing ({@code system}) and the demo region ({@code demo}). Their dependencies are
 * drawn in {@code docs/packages.md} ({@code bin/package-graph}). This package uses {@code cli}
 * only; nothing in the module should use this package.
 */
package cn.luodian.api;

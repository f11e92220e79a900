/**
 * Serving the frontend (the {@code frontend} module's files under {@code META-INF/resources}) so that
 * a page load asks for no unchanged code: {@link cn.luodian.api.frontend.StaticVersion} hashes the
 * files once at start; {@code StaticFilesConfig} serves js/, css/ and the webjars again under
 * {@code /static/<version>/} with a year's {@code immutable} caching; {@code PageController} sends the
 * HTML pages (workspace, exposure desk, 派遣单) rewritten to load from that prefix ({@code VersionedPages}),
 * themselves revalidated by ETag; {@code OtherVersionFilter} sends another release's URLs on to this
 * release's. Modules import each other relatively, so a page's whole module graph stays under the
 * prefix. The plain paths ({@code /js/…}) keep working, revalidated on every use.
 *
 * <p>Uses nothing of the other api packages; SecurityConfig opens the prefix's three folders as it
 * opens the plain ones.
 */
package cn.luodian.api.frontend;

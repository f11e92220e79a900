/**
 * What the workspace prints: {@link cn.luodian.api.print.CaseMapController} draws a case's small map
 * for the printed 派遣单 (the page {@code case-sheet.html} composes the sheet from the case API).
 *
 * <p>Depends on {@code cases} (the case, within the user's scope) and {@code exposure}'s
 * {@code LocationMap} renderer; nothing depends on it.
 */
package cn.luodian.api.print;

/**
 * The workspace's search box: {@code GET /api/v1/search} ({@link cn.luodian.api.search.SearchController}).
 *
 * <p>Places come from {@code PlaceNameIndex}, built in memory beside the current
 * {@code describe.ReferenceSnapshot} by {@code PlaceSearch} (rebuilt when the snapshot changes):
 * townships, villages and the district by name or code, grid cells by code, roads and water by name
 * (segments of one name put together, with the townships they run through), landmarks with their
 * village and township. Cases come from {@code cases.CaseSearch} (the full number through the unique
 * index, parts of the number and words of the description among the newest cases of the user's
 * scope: a bounded read). Input is checked by {@code SearchQuery}: 2–50 characters, no control
 * characters, 1–20 results per kind; ranking exact, prefix, contains.
 *
 * <p>Depends on {@code describe}, {@code cases}, {@code categories}, {@code security} and {@code system}.
 */
package cn.luodian.api.search;

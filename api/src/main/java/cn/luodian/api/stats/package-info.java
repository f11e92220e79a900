/**
 * The rates the district is judged on (考核指标), per township, responsible unit, category and
 * period, and the monthly township ranking.
 *
 * <h2>Which cases</h2>
 * Every rate of a period [from, to) counts the same cases: those <em>received</em> in it
 * ({@code from <= received_at < to}), within the actor's jurisdiction. One population for all four
 * rates means a case belongs to exactly one period's report, the rates of a group can be read side by
 * side, and a period is one range on the indexed {@code received_at}. Counting 响应率 over the
 * cases dispatched in the period instead would change little: dispatch follows receipt within
 * minutes (the 5-minute clock). Merged cases (duplicates folded into another case, which carries
 * their count) are in {@code cases} but in no rate. Figures of a recent period are provisional: they
 * are as of {@code asOf} (the server clock) and improve as its cases are answered and closed.
 *
 * <h2>The rates (numerator / denominator; null when the denominator is 0, never NaN)</h2>
 * <ul>
 *   <li><b>响应率</b> (response): of the dispatched cases ({@code dispatched_at} set) whose response
 *       is decided — the unit responded ({@code responded_at}, when it accepted the case) or
 *       {@code response_due_at} has passed as of {@code asOf} — those with
 *       {@code responded_at <= response_due_at}. A case still inside its deadline and unanswered is
 *       pending and not counted yet. Redispatch restarts the clock for the new unit, so the rate
 *       judges the unit that holds the case.</li>
 *   <li><b>解决率</b> (resolution): of the registered cases (立案: every state but received, rejected
 *       and merged), those resolved: verified or closed. A reopened case is unresolved again.</li>
 *   <li><b>满意率</b> (satisfaction): of the cases with a satisfaction recorded at the return visit
 *       (回访), those satisfied or basically satisfied.</li>
 *   <li><b>按期结案率</b> (on-time closure): of the closed cases, those with
 *       {@code closed_at <= resolve_due_at}. Open cases past their deadline are not in it; they
 *       lower 解决率 and carry the overdue flag.</li>
 * </ul>
 *
 * <h2>Groups and jurisdiction</h2>
 * By township ({@code township_code}), by responsible unit ({@code unit_id}: the unit that holds
 * the case; never dispatched → 未派遣), by 大类 or 小类, or overall. Township staff and the district
 * centre count the cases in their scope code (district, township or village); a responsible unit
 * counts the cases dispatched to it.
 *
 * <h2>Ranking</h2>
 * See {@link cn.luodian.api.stats.TownshipRanking}: the weighted mean of the rates that have a
 * denominator ({@code luodian.stats.weights.*}, equal by default), ties broken by case count and then
 * township code.
 */
package cn.luodian.api.stats;

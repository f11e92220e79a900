/**
 * What the report panel does with an answer of GET api/v1/locate: place the marker, offer the
 * separate places the words fit (never their midpoint, where the sentence no longer holds), or say
 * in Chinese why the words give no place. Pure.
 */

/** A note the page can show as it is: the server writes its notes in Chinese. */
const CHINESE = /[\u4e00-\u9fff]/;

/** {kind: 'placed', location, uncertaintyMetres, notes} | {kind: 'choose', candidates} | {kind: 'none', reasons}. */
export function locateOutcome(answer) {
  const candidates = answer?.candidates ?? [];
  if (candidates.length > 1) {
    return { kind: 'choose', candidates };
  }
  const reasons = unresolvedReasons(answer?.unresolved);
  if (answer?.location) {
    return { kind: 'placed', location: answer.location, uncertaintyMetres: answer.uncertaintyMetres ?? 0, notes: reasons };
  }
  return { kind: 'none', reasons: reasons.length > 0 ? reasons : ['没有符合该描述的位置'] };
}

/** The server's unresolved notes (数据中没有道路“幸福路”, …), shown as they are; a note without Chinese in it is not shown raw. */
export function unresolvedReasons(unresolved) {
  return (unresolved ?? []).map((note) => (typeof note === 'string' && CHINESE.test(note) ? note : '描述中有无法识别的内容'));
}

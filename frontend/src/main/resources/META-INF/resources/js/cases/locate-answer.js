/**
 * What the report panel does with an answer of GET api/v1/locate: place the marker, offer the
 * separate places the words fit (never their midpoint, where the sentence no longer holds), or say
 * in Chinese why the words give no place. Pure.
 */

const NAME_KINDS = Object.freeze({
  township: '乡镇/街道', village: '村/社区', road: '道路', waterway: '水系', landmark: '地标',
});

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

/** The server's unresolved notes ("road 幸福路", …) in the words the page shows. */
export function unresolvedReasons(unresolved) {
  return (unresolved ?? []).map((note) => {
    const named = /^(township|village|road|waterway|landmark) (.+)$/.exec(note);
    if (named) {
      return `数据中没有${NAME_KINDS[named[1]]}“${named[2]}”`;
    }
    if (note.startsWith('the text names no place')) {
      return '描述中没有可识别的地名';
    }
    if (note.startsWith('no place in the data fits')) {
      return '没有同时符合所述距离和方位的位置';
    }
    return '描述中有无法识别的内容';
  });
}

/**
 * Whether a described point lies in the signed-in user's jurisdiction (管辖范围: an admin code of 6,
 * 9 or 12 digits; empty for the whole district), so the report panel can say so as soon as the
 * point is placed instead of at save. The server decides at save all the same. Pure.
 */
export function insideJurisdiction(description, scopeCode) {
  if (!scopeCode) {
    return true;
  }
  const codes = [description?.village?.code, description?.township?.code, description?.district?.code].filter(Boolean);
  return codes.some((code) => code.startsWith(scopeCode));
}

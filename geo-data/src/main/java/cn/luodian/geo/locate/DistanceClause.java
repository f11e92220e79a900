package cn.luodian.geo.locate;

/**
 * One "距{name}约{N}米" clause. {@code kind} is ROAD, WATERWAY, or null when neither the gazetteer nor
 * the suffix tells; {@code distance} is null when no distance was written ("距北运河很近").
 */
record DistanceClause(String target, NameKind kind, Distance distance, int end) {

    private static final int MAX_TARGET_LENGTH = 24;

    /**
     * Reads a clause whose name starts at {@code pos} (after "距" or "距离", which the caller has
     * passed), or returns null when no name can be made out.
     */
    static DistanceClause readAt(String text, int pos, int end, KnownNames known) {
        int limit = Math.min(end, pos + MAX_TARGET_LENGTH + 1);
        // The name runs up to the distance: the distance is easier to recognise than the name.
        for (int i = pos + 1; i < limit; i++) {
            char c = text.charAt(i - 1);
            if (c == '距' || LocationText.isSeparator(c) && !Character.isWhitespace(c)) {
                break;
            }
            Distance distance = Distance.readAt(text, i, end);
            if (distance != null) {
                int targetEnd = LocationText.trimSeparatorsBack(text, pos, i);
                if (targetEnd > pos) {
                    String target = text.substring(pos, targetEnd);
                    return new DistanceClause(target, kindOf(target, known), distance, distance.end());
                }
            }
        }
        return withoutDistance(text, pos, limit, known);
    }

    /** No distance: the longest known name here, else the shortest name with a road or water suffix. */
    private static DistanceClause withoutDistance(String text, int pos, int limit, KnownNames known) {
        int length = Math.max(known.longestMatch(NameKind.ROAD, text, pos),
                known.longestMatch(NameKind.WATERWAY, text, pos));
        if (length > 0) {
            String target = text.substring(pos, pos + length);
            return new DistanceClause(target, kindOf(target, known), null, pos + length);
        }
        for (int q = pos + 1; q <= limit; q++) {
            char c = text.charAt(q - 1);
            if (c == '距' || LocationText.isSeparator(c)) {
                break;
            }
            String target = text.substring(pos, q);
            NameKind kind = bySuffix(text, pos, q);
            if (kind != null) {
                return new DistanceClause(target, kind, null, q);
            }
        }
        return null;
    }

    private static NameKind kindOf(String target, KnownNames known) {
        boolean road = known.contains(NameKind.ROAD, target);
        boolean waterway = known.contains(NameKind.WATERWAY, target);
        if (road != waterway) {
            return road ? NameKind.ROAD : NameKind.WATERWAY;
        }
        return bySuffix(target, 0, target.length());
    }

    private static NameKind bySuffix(String text, int start, int end) {
        if (Suffixes.endingOf(NameKind.ROAD, text, start, end) != null) {
            return NameKind.ROAD;
        }
        return Suffixes.endingOf(NameKind.WATERWAY, text, start, end) != null ? NameKind.WATERWAY : null;
    }
}

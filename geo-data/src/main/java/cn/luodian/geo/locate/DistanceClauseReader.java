package cn.luodian.geo.locate;

/**
 * Reads the "距…约N米" clauses at the end of a sentence into a {@link LocationDraft}: the road one to
 * the road, the waterway one to the waterway, in whichever order they are written.
 */
final class DistanceClauseReader {
    private final KnownNames known;
    private final LocationDraft draft;

    DistanceClauseReader(KnownNames known, LocationDraft draft) {
        this.known = known;
        this.draft = draft;
    }

    void read(String s, int from, int end) {
        int pos = LocationText.skipSeparators(s, from, end);
        while (pos < end) {
            int nameStart = markerEnd(s, pos);
            DistanceClause clause = DistanceClause.readAt(s, nameStart, end, known);
            // Without "距" ("距长凌营环路约124米、北运河约465米") a clause must be unmistakable.
            boolean unmarked = nameStart == pos;
            if (clause == null || unmarked && (clause.kind() == null || clause.distance() == null)) {
                LocationSentenceParser.warnLeftover(s, pos, end, draft);
                return;
            }
            apply(clause);
            pos = LocationText.skipSeparators(s, clause.end(), end);
        }
    }

    private static int markerEnd(String s, int pos) {
        if (s.startsWith("距离", pos)) {
            return pos + 2;
        }
        return s.charAt(pos) == '距' ? pos + 1 : pos;
    }

    private void apply(DistanceClause clause) {
        Distance distance = clause.distance();
        Integer metres = distance == null ? null : distance.metres();
        if (distance == null) {
            draft.warn("no distance to \"" + clause.target() + "\"");
        } else if (!distance.unitWritten()) {
            draft.warn("no unit after " + distance.metres() + " to \"" + clause.target() + "\": metres assumed");
        }
        NameKind kind = clause.kind();
        if (kind == null) {
            kind = draft.road == null ? NameKind.ROAD : NameKind.WATERWAY;
            draft.warn("\"" + clause.target() + "\" is neither a known nor a suffixed road or waterway: taken as a "
                    + (kind == NameKind.ROAD ? "road" : "waterway"));
        }
        if (kind == NameKind.ROAD && draft.road == null) {
            draft.road = clause.target();
            draft.roadDistanceMetres = metres;
        } else if (kind == NameKind.WATERWAY && draft.waterway == null) {
            draft.waterway = clause.target();
            draft.waterwayDistanceMetres = metres;
        } else {
            draft.warn("second " + (kind == NameKind.ROAD ? "road" : "waterway") + " not kept: \""
                    + clause.target() + "\"");
        }
    }
}

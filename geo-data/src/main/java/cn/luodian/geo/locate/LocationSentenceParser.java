package cn.luodian.geo.locate;

import java.util.Objects;

/**
 * Reads a published location sentence back into its parts. Two forms are understood, and mixtures of
 * them:
 * <ul>
 *   <li>rural: {@code {乡镇}{村}距{道路}约{N}米,距{河流}约{M}米}, clauses in either order, either one
 *       alone, "距离" for "距", "大约"/"约"/nothing, 米/m/公里;</li>
 *   <li>urban: {@code {街道}{道路}{地标}{方位}侧}, road optional, 面/边/方 for 侧, optionally
 *       followed by a distance.</li>
 * </ul>
 * Names are found by their suffixes (镇, 村, 路, 河, 号楼 …) and, where the gazetteer knows a name,
 * by the gazetteer first. The parser never throws on odd text: what it cannot place ends up in
 * {@link ParsedLocation#warnings()}. Work is linear in the length of the text; thread-safe.
 */
public final class LocationSentenceParser {
    /** A district before the township ("通州区梨园地区"): at most this long. */
    private static final int MAX_DISTRICT_LENGTH = 8;

    private final KnownNames known;

    public LocationSentenceParser(KnownNames known) {
        this.known = Objects.requireNonNull(known, "known");
    }

    /** @throws IllegalArgumentException when the text is null, empty or blank */
    public ParsedLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("位置描述为空");
        }
        String s = LocationText.normalise(text);
        int start = LocationText.skipSeparators(s, 0, s.length());
        int end = LocationText.trimSeparatorsBack(s, start, s.length());
        LocationDraft draft = new LocationDraft();

        int clausesStart = s.indexOf('距', start);
        if (clausesStart < 0) {
            clausesStart = end;
        }
        SideMention side = SideMention.find(s, start, clausesStart);
        int headEnd = LocationText.trimSeparatorsBack(s, start, side == null ? clausesStart : side.start());
        readHead(s, start, headEnd, side != null, draft);
        if (side != null) {
            draft.side = side.name();
            readAfterSide(s, side.end(), clausesStart, draft);
        }
        new DistanceClauseReader(known, draft).read(s, clausesStart, end);
        if (draft.build().isEmpty() && draft.warnings.isEmpty()) {
            draft.warn("no location recognised");
        }
        return draft.build();
    }

    private void readHead(String s, int start, int headEnd, boolean sideFollows, LocationDraft draft) {
        int from = skipDistrict(s, start, headEnd, draft);
        HeadSegmenter.Segmentation head = HeadSegmenter.segment(s, from, headEnd, known, sideFollows);
        Part village = null;
        for (Part part : head.parts()) {
            switch (part.kind()) {
                case TOWNSHIP -> draft.township = part.name();
                case VILLAGE -> {
                    draft.village = part.name();
                    village = part;
                }
                case ROAD -> draft.road = part.name();
                case LANDMARK -> draft.landmark = part.name();
                case WATERWAY -> throw new IllegalStateException("no waterway in a head");
            }
        }
        // "长凌营村村委会北侧": the committee's office is the landmark the side refers to.
        if (sideFollows && village != null && draft.landmark == null && draft.road == null) {
            String written = s.substring(village.start(), village.end());
            if (!written.equals(village.name())) {
                draft.landmark = written;
            }
        }
        warnLeftover(s, LocationText.skipSeparators(s, head.consumedEnd(), headEnd), headEnd, draft);
    }

    /** Skips "通州区" or "北京市通州区" when a township follows it; the record has no place for it. */
    private int skipDistrict(String s, int start, int headEnd, LocationDraft draft) {
        int limit = Math.min(headEnd, start + MAX_DISTRICT_LENGTH);
        for (int q = start + 2; q <= limit; q++) {
            char c = s.charAt(q - 1);
            if (LocationText.isSeparator(c) || LocationText.isDigit(c)) {
                return start;
            }
            if (c == '区' && s.charAt(q - 2) != '地') {
                int next = LocationText.skipSeparators(s, q, headEnd);
                if (!HeadSegmenter.townshipStartsAt(s, next, headEnd, known)) {
                    return start;
                }
                draft.warn("district not kept: \"" + s.substring(start, q) + "\"");
                return next;
            }
        }
        return start;
    }

    private static void readAfterSide(String s, int from, int clausesStart, LocationDraft draft) {
        int pos = LocationText.skipSeparators(s, from, clausesStart);
        Distance distance = Distance.readAt(s, pos, clausesStart);
        if (distance != null) {
            // ParsedLocation has no field for a distance from the landmark: say so rather than lose it.
            draft.warn("distance after the side not kept: \"" + s.substring(pos, distance.end()) + "\"");
            pos = LocationText.skipSeparators(s, distance.end(), clausesStart);
        }
        warnLeftover(s, pos, clausesStart, draft);
    }

    static void warnLeftover(String s, int from, int end, LocationDraft draft) {
        int to = LocationText.trimSeparatorsBack(s, from, end);
        if (to > from) {
            draft.warn("not understood: \"" + LocationText.excerpt(s, from, to) + "\"");
        }
    }
}

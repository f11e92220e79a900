package cn.luodian.geo.locate;

import cn.luodian.geo.layer.OfficialNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the head of a sentence, the run of names before the first "距" or the side, into township,
 * village, road and landmark, each optional and in that order ("梨园地区|群芳中一街|群芳三园西区80号楼").
 *
 * <p>Chinese has no spaces between the names, so each slot offers a few candidates: the longest
 * known name at that position, then up to three names ending with a suffix of the kind, shortest
 * first, then nothing. A depth-first search tries every combination (at most a few hundred, each
 * candidate bounded in length, so long or strange input costs no more) and keeps the one that leaves
 * the least text over, then the one with the most text in known names, then the first found.
 */
final class HeadSegmenter {
    private static final NameKind[] SLOTS = {NameKind.TOWNSHIP, NameKind.VILLAGE, NameKind.ROAD, NameKind.LANDMARK};
    private static final int MAX_PATTERN_CANDIDATES = 3;
    /** Longest name read from a suffix; longer names have to be known. */
    private static final int MAX_NAME_LENGTH = 16;
    /** Longest landmark taken as "whatever is written before the side". */
    private static final int MAX_LANDMARK_LENGTH = 40;
    private static final String[] COMMITTEE_TAILS = {"村民委员会", "居民委员会", "民委员会", "村委会", "居委会", "委会"};

    private final String text;
    private final int end;
    private final KnownNames known;
    private final boolean landmarkRunsToEnd;
    private final Deque<Part> current = new ArrayDeque<>();
    /** Candidates by slot kind and position: the search reaches the same position by many paths. */
    private final Map<Integer, List<Part>> memo = new HashMap<>();
    private List<Part> best;
    private int bestLeftover;
    private int bestKnownChars;
    private int bestEnd;

    private HeadSegmenter(String text, int end, KnownNames known, boolean landmarkRunsToEnd) {
        this.text = text.substring(0, end);
        this.end = end;
        this.known = known;
        this.landmarkRunsToEnd = landmarkRunsToEnd;
    }

    /** The result: the parts found and where the understood text ends. */
    record Segmentation(List<Part> parts, int consumedEnd) {
    }

    /**
     * @param landmarkRunsToEnd true when a side follows the head: whatever is written before it is
     *     the landmark, even without a landmark suffix ("丛林美食北侧")
     */
    static Segmentation segment(String text, int from, int end, KnownNames known, boolean landmarkRunsToEnd) {
        HeadSegmenter segmenter = new HeadSegmenter(text, end, known, landmarkRunsToEnd);
        segmenter.search(0, LocationText.skipSeparators(text, from, end), 0);
        return new Segmentation(List.copyOf(segmenter.best), segmenter.bestEnd);
    }

    /** Whether a township name, known or by suffix, starts at {@code pos}. */
    static boolean townshipStartsAt(String text, int pos, int end, KnownNames known) {
        return !new HeadSegmenter(text, end, known, false).candidates(NameKind.TOWNSHIP, pos, null).isEmpty();
    }

    private void search(int slot, int pos, int knownChars) {
        if (slot == SLOTS.length) {
            offer(pos, knownChars);
            return;
        }
        Part previous = current.peekLast();
        for (Part part : candidates(SLOTS[slot], pos, previous == null ? null : previous.kind())) {
            current.addLast(part);
            int next = LocationText.skipSeparators(text, part.end(), end);
            search(slot + 1, next, knownChars + (part.known() ? part.length() : 0));
            current.removeLast();
        }
        search(slot + 1, pos, knownChars);
    }

    private void offer(int pos, int knownChars) {
        int leftover = end - pos;
        if (best == null || leftover < bestLeftover || leftover == bestLeftover && knownChars > bestKnownChars) {
            best = new ArrayList<>(current);
            bestLeftover = leftover;
            bestKnownChars = knownChars;
            bestEnd = current.isEmpty() ? pos : current.peekLast().end();
        }
    }

    private List<Part> candidates(NameKind kind, int pos, NameKind previous) {
        List<Part> all = memo.computeIfAbsent(kind.ordinal() * (end + 1) + pos, key -> candidates(kind, pos));
        // A name does not begin with the second half of a compound suffix: "管村|社区", "京哈高速|公路".
        if (previous != null && !all.isEmpty() && Suffixes.startsWithCompoundSuffix(previous, text, pos, end)) {
            return all.get(0).known() ? all.subList(0, 1) : List.of();
        }
        return all;
    }

    /** The known name first, then names ending with a suffix, shortest first. */
    private List<Part> candidates(NameKind kind, int pos) {
        List<Part> candidates = new ArrayList<>(MAX_PATTERN_CANDIDATES + 1);
        if (pos >= end) {
            return candidates;
        }
        Part knownPart = knownAt(kind, pos);
        if (knownPart != null) {
            candidates.add(knownPart);
        }
        if (kind == NameKind.LANDMARK && landmarkRunsToEnd) {
            addIfNew(candidates, wholeLandmark(pos));
            return candidates;
        }
        int limit = Math.min(end, pos + MAX_NAME_LENGTH);
        int found = 0;
        for (int q = pos + 1; q <= limit && found < MAX_PATTERN_CANDIDATES; q++) {
            char c = text.charAt(q - 1);
            if (LocationText.isSeparator(c) || c == '距' || LocationText.isDigit(c) && !digitsAllowed(kind)) {
                break;
            }
            if (Suffixes.endingOf(kind, text, pos, q) != null && acceptableEnd(kind, pos, q)) {
                found += addIfNew(candidates, patternPart(kind, pos, q)) ? 1 : 0;
            }
        }
        return candidates;
    }

    private Part knownAt(NameKind kind, int pos) {
        int length = known.longestMatch(kind, text, pos);
        if (length == 0) {
            return null;
        }
        String name = text.substring(pos, pos + length);
        int nameEnd = pos + length;
        if (kind == NameKind.VILLAGE) {
            nameEnd += committeeTailLength(name, nameEnd);
        }
        return new Part(kind, pos, nameEnd, name, true);
    }

    /** "长凌营村" known, "长凌营村村委会" written: the committee suffix belongs to the village. */
    private int committeeTailLength(String name, int at) {
        for (String tail : COMMITTEE_TAILS) {
            if (text.startsWith(tail, at) && OfficialNames.bareName(name + tail).equals(name)) {
                return tail.length();
            }
        }
        return 0;
    }

    private Part wholeLandmark(int pos) {
        // "小学" alone is a suffix, not a landmark: it belongs to what came before ("新华大街小学").
        if (end - pos > MAX_LANDMARK_LENGTH || Suffixes.isSuffix(NameKind.LANDMARK, text.substring(pos, end))) {
            return null;
        }
        return new Part(NameKind.LANDMARK, pos, end, text.substring(pos, end), false);
    }

    private Part patternPart(NameKind kind, int pos, int q) {
        String written = text.substring(pos, q);
        String name = kind == NameKind.VILLAGE ? OfficialNames.bareName(written) : written;
        return new Part(kind, pos, q, name, false);
    }

    private boolean acceptableEnd(NameKind kind, int pos, int q) {
        if (Suffixes.cutsSuffix(kind, text, pos, q, end)) {
            return false;
        }
        // "长凌营村村口": a suffix written twice ends the name at the first one; the second starts a word.
        String suffix = Suffixes.endingOf(kind, text, pos, q);
        int before = q - 2 * suffix.length();
        if (before > pos && text.startsWith(suffix, before)) {
            return false;
        }
        // "乡村" is a word ("乡村酒店"), not the end of a township.
        return !(kind == NameKind.TOWNSHIP && text.charAt(q - 1) == '乡' && q < end && text.charAt(q) == '村');
    }

    private static boolean digitsAllowed(NameKind kind) {
        return kind != NameKind.TOWNSHIP && kind != NameKind.VILLAGE;
    }

    private static boolean addIfNew(List<Part> candidates, Part part) {
        if (part == null) {
            return false;
        }
        for (Part existing : candidates) {
            if (existing.end() == part.end()) {
                return false;
            }
        }
        candidates.add(part);
        return true;
    }
}

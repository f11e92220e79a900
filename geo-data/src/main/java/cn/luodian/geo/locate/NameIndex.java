package cn.luodian.geo.locate;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of names with a longest-match lookup at a position in a text. Names are grouped by first
 * character, and each group remembers the distinct lengths of its names, longest first: a lookup
 * tries at most those few lengths, one hash probe each. This stays small for the ~300,000 road names
 * of a large gazetteer, where a character trie would need millions of nodes.
 */
final class NameIndex {
    private static final int[] NO_LENGTHS = new int[0];

    private final Set<String> names;
    private final Map<Character, int[]> lengthsByFirstChar;

    private NameIndex(Set<String> names, Map<Character, int[]> lengthsByFirstChar) {
        this.names = names;
        this.lengthsByFirstChar = lengthsByFirstChar;
    }

    static NameIndex of(Collection<String> names) {
        Set<String> set = new HashSet<>();
        Map<Character, TreeSet<Integer>> lengths = new HashMap<>();
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            set.add(name);
            lengths.computeIfAbsent(name.charAt(0), c -> new TreeSet<>()).add(name.length());
        }
        Map<Character, int[]> longestFirst = new HashMap<>();
        lengths.forEach((first, lengthSet) ->
                longestFirst.put(first, lengthSet.descendingSet().stream().mapToInt(Integer::intValue).toArray()));
        return new NameIndex(Set.copyOf(set), Map.copyOf(longestFirst));
    }

    int size() {
        return names.size();
    }

    int longestMatch(CharSequence text, int start) {
        if (start < 0 || start >= text.length()) {
            return 0;
        }
        int[] lengths = lengthsByFirstChar.getOrDefault(text.charAt(start), NO_LENGTHS);
        for (int length : lengths) {
            int end = start + length;
            if (end <= text.length() && names.contains(text.subSequence(start, end).toString())) {
                return length;
            }
        }
        return 0;
    }
}

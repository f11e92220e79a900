package cn.luodian.geo.io.osm;

import java.util.ArrayList;
import java.util.List;

/**
 * What an extraction left out and what it changed, in words a user can act on:
 * "relation 30 (小王庄村): no division code …". Skips name one element each; things that happen
 * by the thousand in a normal extract (unnamed water areas, nodes clipped away) are counted and
 * summed up in one line at the end.
 */
final class ExtractReport {
    private final List<String> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int unnamedWaterAreas;
    private long missingNodeRefs;
    private int waysMissingNodes;

    /** "relation 30 (小王庄村)", or "way 7" when the element has no name. */
    static String describe(String type, long id, String name) {
        return type + " " + id + (name == null || name.isEmpty() ? "" : " (" + name + ")");
    }

    void skip(String element, String reason) {
        skipped.add(element + ": " + reason);
    }

    void note(String element, String what) {
        notes.add(element + ": " + what);
    }

    void unnamedWaterAreaDropped() {
        unnamedWaterAreas++;
    }

    /** A way refers to nodes that are not in the file, as at the edge of a clipped extract. */
    void nodesMissing(int count) {
        if (count > 0) {
            missingNodeRefs += count;
            waysMissingNodes++;
        }
    }

    List<String> skipped() {
        List<String> lines = new ArrayList<>(skipped);
        if (unnamedWaterAreas > 0) {
            lines.add(unnamedWaterAreas + " unnamed water area(s): dropped, only named water areas are kept");
        }
        return List.copyOf(lines);
    }

    List<String> notes() {
        List<String> lines = new ArrayList<>(notes);
        if (missingNodeRefs > 0) {
            lines.add(waysMissingNodes + " way(s) refer to " + missingNodeRefs
                    + " node(s) missing from the file (a clipped extract?): built from the nodes present");
        }
        return List.copyOf(lines);
    }
}

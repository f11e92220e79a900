package cn.luodian.api.cases;

import java.util.List;

/**
 * The duplicate hints of a new case: the nearest few, and how many there are in all.
 *
 * @param nearest    the closest first, at most {@code luodian.cases.duplicates-shown}
 * @param total      how many open cases of the category are within the radius and window
 * @param totalExact false when more cases were in the box than were read: then {@code total} is a
 *                   lower bound
 */
public record DuplicateCandidates(List<Near> nearest, int total, boolean totalExact) {
    public static final DuplicateCandidates NONE = new DuplicateCandidates(List.of(), 0, true);

    public DuplicateCandidates {
        nearest = List.copyOf(nearest);
    }

    /** A hint and how far it is from the new case, in metres. */
    public record Near(CityCase value, double distanceMetres) {
    }

    public List<CityCase> cases() {
        return nearest.stream().map(Near::value).toList();
    }
}

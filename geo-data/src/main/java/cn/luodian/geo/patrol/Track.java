package cn.luodian.geo.patrol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable patrol track: WGS-84 positions in the order they were taken, times never going
 * back, at most {@link #MAX_POINTS} points (a phone reporting every 2 s for 11 hours). The bound
 * keeps one track's coverage and storage small whatever a client sends.
 */
public final class Track {
    public static final int MAX_POINTS = 20_000;
    public static final Track EMPTY = new Track(List.of());

    private final List<TrackPoint> points;

    private Track(List<TrackPoint> points) {
        this.points = points;
    }

    /** A track of {@code points}; a {@link TrackException} names the first point that breaks a rule. */
    public static Track of(List<TrackPoint> points) {
        if (points.size() > MAX_POINTS) {
            throw new TrackException("轨迹最多 " + MAX_POINTS + " 个点，实为 " + points.size() + " 个");
        }
        List<TrackPoint> copy = new ArrayList<>(points.size());
        TrackPoint previous = null;
        for (TrackPoint point : points) {
            if (point == null) {
                throw new TrackException("第 " + (copy.size() + 1) + " 个轨迹点为空");
            }
            if (previous != null && point.time().isBefore(previous.time())) {
                throw new TrackException("第 " + (copy.size() + 1) + " 个轨迹点的时间 " + point.time()
                        + " 早于前一个点的 " + previous.time() + "：轨迹点须按时间先后排列");
            }
            copy.add(point);
            previous = point;
        }
        return new Track(Collections.unmodifiableList(copy));
    }

    /** This track followed by {@code more}, checked as one track (the join must not go back in time). */
    public Track append(List<TrackPoint> more) {
        List<TrackPoint> all = new ArrayList<>(points.size() + more.size());
        all.addAll(points);
        all.addAll(more);
        return of(all);
    }

    public List<TrackPoint> points() {
        return points;
    }

    public int size() {
        return points.size();
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Track track && track.points.equals(points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        return "Track[" + points.size() + " points]";
    }
}

package cn.luodian.api.hotspots;

import cn.luodian.api.security.Actor;

/**
 * One analysis served at {@code POST /api/v1/hotspots/{name}}. The controller settles the answer's
 * format first (a bad one is 400 before any work), then runs the analysis and lets its answer
 * write itself, so adding an analysis is a bean and its name in {@link HotspotController#ANALYSES}.
 */
interface HotspotAnalysis {

    /** The path segment, such as {@code gi-star}; also the CSV file's name. */
    String name();

    /**
     * Checks the request (400 for bad input, 403 outside the actor's jurisdiction), reads the cases
     * and computes.
     */
    HotspotAnswer run(HotspotRequest request, Actor actor);
}

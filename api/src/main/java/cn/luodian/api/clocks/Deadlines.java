package cn.luodian.api.clocks;

import java.time.Duration;
import java.util.Comparator;

/** The durations that apply to one case, from {@link ClockSettings} and its overrides. */
public record Deadlines(Duration dispatchWithin, Duration respondWithin, Duration feedbackWithin,
                        Duration resolveWithin) {

    public static Deadlines of(ClockSettings settings, String categoryCode, Urgency urgency) {
        boolean urgent = urgency != Urgency.NORMAL;
        Duration dispatch = settings.dispatchWithin();
        Duration respond = settings.respondWithin();
        Duration feedback = urgent ? settings.urgentFeedbackWithin() : null;
        Duration resolve = urgent ? settings.urgentResolveWithin() : settings.resolveWithin();
        // Least specific first, so the longest matching category prefix has the last word.
        var matching = settings.overrides().stream()
                .filter(o -> categoryCode.startsWith(o.categoryPrefix()))
                .filter(o -> o.urgency() == null || o.urgency() == urgency)
                .sorted(Comparator.comparingInt((ClockSettings.Override o) -> o.categoryPrefix().length())
                        .thenComparing(o -> o.urgency() == null ? 0 : 1))
                .toList();
        for (ClockSettings.Override o : matching) {
            dispatch = o.dispatchWithin() != null ? o.dispatchWithin() : dispatch;
            respond = o.respondWithin() != null ? o.respondWithin() : respond;
            feedback = o.feedbackWithin() != null ? o.feedbackWithin() : feedback;
            resolve = o.resolveWithin() != null ? o.resolveWithin() : resolve;
        }
        return new Deadlines(dispatch, respond, feedback, resolve);
    }
}

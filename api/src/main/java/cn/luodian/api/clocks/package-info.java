/**
 * The supervision clocks (接诉即办 时限) and the supervision records (督办) they create.
 *
 * <p>{@link cn.luodian.api.clocks.ClockSettings} ({@code luodian.clocks.*}: dispatch within 5 minutes,
 * reply within 2 hours, escalation, urgent feedback, resolution, with overrides per category prefix
 * and {@link cn.luodian.api.clocks.Urgency}) and {@link cn.luodian.api.clocks.Deadlines} (the
 * durations that apply to one case) are pure values. {@link cn.luodian.api.clocks.Supervisions} is
 * the face over the {@code supervision} table: the workflow resolves records, the clock check (in
 * {@code cases}) opens them, the case panel lists them.
 *
 * <p>Below {@code cases}: depends only on {@code system}.
 */
package cn.luodian.api.clocks;

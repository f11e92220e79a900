/**
 * Plumbing every other package shares: settings, errors, time and background threads.
 *
 * <p>{@link cn.luodian.api.system.LuodianProperties} is the typed, validated {@code luodian.*}
 * configuration (a bad value stops start-up). Errors: a package throws
 * {@link cn.luodian.api.system.BadRequestException} (400), {@link cn.luodian.api.system.ForbiddenException}
 * (403), {@link cn.luodian.api.system.NotFoundException} (404) or
 * {@link cn.luodian.api.system.ConflictException} (409), and
 * {@link cn.luodian.api.system.ProblemDetailsAdvice} is the one place they become RFC 9457
 * problem+json; {@link cn.luodian.api.system.ContainerProblemValve} gives the same shape to what
 * Tomcat refuses before any servlet runs, and {@link cn.luodian.api.system.ProblemErrorController} to
 * what reaches the container's {@code /error} (the security firewall's refusals, a query string that
 * is not UTF-8). {@link cn.luodian.api.system.TextFields} is the one check of text a client sends
 * (control characters, broken Unicode, lengths that fit the columns, phone and code formats, times
 * not in the future), throwing {@link cn.luodian.api.system.InvalidFieldException} (400 naming the
 * field). {@link cn.luodian.api.system.EnumIds} parses every API enum
 * by its lowercase id. Time: {@link cn.luodian.api.system.AppClock} is the one clock (a thread may pin
 * it, as the demo's replay does), {@link cn.luodian.api.system.SettableClock} a clock set by hand.
 * {@link cn.luodian.api.system.BackgroundThread} is a named daemon thread for background work (case
 * point compaction, list statistics). {@link cn.luodian.api.system.JdbcTimes} carries instants to and
 * from {@code TIMESTAMP WITH TIME ZONE} alike on both databases. {@link cn.luodian.api.system.OpenApiConfiguration}
 * sets up the OpenAPI document and Swagger UI (springdoc).
 *
 * <p>The bottom of the module: it must not depend on any other api package.
 */
package cn.luodian.api.system;

package cn.luodian.api.cases;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the clock check every {@code luodian.clocks.check-every} in the server (not in import
 * commands). The check itself takes the time from the application {@link Clock}, so tests drive
 * it by moving that clock and calling {@link CaseClockCheck#run()} directly.
 */
@Component
class ClockScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ClockScheduler.class);

    private final CaseClockCheck check;
    private final boolean server;
    /**
     * False until the application is ready: the start-up runners (the demo's sample cases, replayed
     * through the workflow) must not race a tick that bumps the version of the cases they are moving.
     */
    private volatile boolean ready;

    public ClockScheduler(CaseClockCheck check, ApplicationContext context) {
        this.check = check;
        this.server = context instanceof WebServerApplicationContext;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        ready = true;
    }

    @Scheduled(fixedDelayString = "${luodian.clocks.check-every:1m}", initialDelayString = "${luodian.clocks.check-every:1m}")
    public void tick() {
        if (!server || !ready) {
            return;
        }
        CaseClockCheck.Result result = check.run();
        if (result.supervisionsCreated() > 0 || result.markedOverdue() > 0) {
            LOG.info("clocks: {} supervision records created, {} cases marked overdue",
                    result.supervisionsCreated(), result.markedOverdue());
        }
    }
}

package cn.luodian.api.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One named daemon thread for work a component does behind its callers' backs (never keeps the JVM alive). */
public final class BackgroundThread {

    private BackgroundThread() {
    }

    public static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}

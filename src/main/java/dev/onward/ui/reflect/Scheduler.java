package dev.onward.ui.reflect;

import java.time.Duration;

/**
 * Runs an action once after a delay, on the JavaFX thread. The app uses {@link FxScheduler}; tests
 * use one whose time moves only when the test says, so nothing has to wait.
 */
public interface Scheduler {

    /**
     * Runs {@code action} after {@code delay}.
     *
     * @return what to run to call the action off before it has run
     */
    Runnable schedule(Duration delay, Runnable action);
}

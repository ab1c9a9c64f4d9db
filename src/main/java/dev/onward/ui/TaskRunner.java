package dev.onward.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may touch the journal file away from the JavaFX thread and hands the result,
 * or the failure, back on the JavaFX thread. The app uses {@link FxTaskRunner}; tests use a
 * runner that does everything at once on the calling thread.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} with its result or
     * {@code onFailure} with what it threw, on the JavaFX thread. Work runs in the order given.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);
}

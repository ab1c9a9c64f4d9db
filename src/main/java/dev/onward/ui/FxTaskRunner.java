package dev.onward.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The app's {@link TaskRunner}: one background daemon thread, so the journal sees one piece of
 * work at a time and results come back in the order the work was asked for.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "onward-journal");
        thread.setDaemon(true);
        return thread;
    });

    /** Work asked for after {@link #close()} (a timer or a focus change as the window goes) is dropped: the journal is closed. */
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.log(Level.FINE, "background work failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Starts {@code work} in the background at once, in turn with other work, and gives its result
     * as a future that is completed on the background thread. Unlike {@link #run} it hands nothing
     * to the JavaFX thread: the app opens the journal with it and decides itself, once the window is
     * filled, what to do with the result.
     */
    public <T> CompletableFuture<T> start(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        boolean taken = submit(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        if (!taken) {
            result.completeExceptionally(new IllegalStateException("the background runner is closed"));
        }
        return result;
    }

    /**
     * Runs {@code work} after everything already asked for, without a result; used to close the
     * journal once pending saves are done.
     */
    public void runLast(Runnable work) {
        submit(work);
    }

    /** Hands {@code work} to the thread; false when the runner has closed and the work was dropped. */
    private boolean submit(Runnable work) {
        try {
            executor.execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "work asked for after the runner closed, dropped", e);
            return false;
        }
    }

    /** Lets the work already asked for finish (a few seconds at most), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}

package dev.onward.testutil;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in TestFX tests on what the window shows, never on a clock. */
public final class FxWait {
    private FxWait() {
    }

    /**
     * Waits up to ten seconds until {@code condition}, asked on the JavaFX thread, holds; then lets
     * the events it caused run.
     */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}

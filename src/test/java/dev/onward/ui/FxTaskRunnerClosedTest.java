package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work asked of the runner after it closed (a timer or a focus change as the window goes) is dropped, not thrown. */
class FxTaskRunnerClosedTest {
    @Test
    void workAfterClose_isDroppedQuietlyAndNeverRuns() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertDoesNotThrow(() -> runner.run(() -> ran.getAndSet(true), r -> { }, e -> { }));
        assertDoesNotThrow(() -> runner.runLast(() -> ran.set(true)));
        assertTrue(runner.start(() -> ran.getAndSet(true)).isCompletedExceptionally(), "a caller waiting on it is not left waiting");

        assertFalse(ran.get());
    }
}

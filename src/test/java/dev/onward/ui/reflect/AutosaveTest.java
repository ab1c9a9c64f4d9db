package dev.onward.ui.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AutosaveTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger saves = new AtomicInteger();
    private final Autosave autosave = new Autosave(scheduler, saves::incrementAndGet);

    @Test
    void changed_thenQuiet_savesOnceAfterThePause() {
        autosave.changed();
        autosave.changed();
        scheduler.advanceMillis(Autosave.QUIET.toMillis() - 1);
        assertEquals(0, saves.get());

        scheduler.advanceMillis(1);

        assertEquals(1, saves.get());
        assertFalse(autosave.pending());
        scheduler.advanceMillis(5_000);
        assertEquals(1, saves.get());
    }

    @Test
    void changed_steadyTyping_savesWithinTheLongestWait() {
        for (int typed = 0; typed < 10; typed++) {
            autosave.changed();
            scheduler.advanceMillis(150);
        }

        // 1.5 s of typing, a key every 150 ms: never quiet for 400 ms, yet saved after 1 s.
        assertEquals(1, saves.get());
        assertTrue(autosave.pending());
    }

    @Test
    void flush_pendingChange_savesAtOnceAndOnlyOnce() {
        autosave.changed();

        autosave.flush();
        scheduler.advanceMillis(2_000);

        assertEquals(1, saves.get());
    }

    @Test
    void flush_nothingChanged_savesNothing() {
        autosave.flush();

        assertEquals(0, saves.get());
    }
}

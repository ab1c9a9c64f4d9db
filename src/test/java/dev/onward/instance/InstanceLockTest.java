package dev.onward.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path folder;

    @Test
    void acquire_secondTimeInTheSameProcess_isRefusedUntilReleased() throws Exception {
        Optional<InstanceLock> first = InstanceLock.acquire(folder);
        assertTrue(first.isPresent());
        assertTrue(InstanceLock.acquire(folder).isEmpty());
        first.get().close();
        try (InstanceLock again = InstanceLock.acquire(folder).orElseThrow()) {
            assertTrue(again != null);
        }
    }

    @Test
    void askToShow_listeningInstance_runsItsShowAction() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceLock lock = InstanceLock.acquire(folder).orElseThrow()) {
            lock.listen(shown::countDown);
            assertTrue(InstanceLock.askToShow(folder));
            assertTrue(shown.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void askToShow_nobodyListening_saysSo() {
        assertFalse(InstanceLock.askToShow(folder));
    }

    @Test
    void acquire_afterHolderWasKilled_succeeds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            assertTrue(InstanceLock.acquire(folder).isEmpty(), "the child holds the lock");
            assertTrue(InstanceLock.askToShow(folder));
            assertEquals("shown", out.readLine());
            holder.destroyForcibly();
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        }
        try (InstanceLock mine = InstanceLock.acquire(folder).orElseThrow()) {
            mine.listen(() -> { });
            assertTrue(InstanceLock.askToShow(folder), "a socket file left by the killed process is replaced");
        }
    }
}

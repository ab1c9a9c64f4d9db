package dev.onward.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    void acquire_newLockFile_isTheUsersOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        try (InstanceLock lock = InstanceLock.acquire(folder).orElseThrow()) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder.resolve(InstanceLock.LOCK_FILE))));
        }
    }

    @Test
    void acquire_lockFileOthersCouldRead_isNarrowedToTheUser() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.createFile(folder.resolve(InstanceLock.LOCK_FILE));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (InstanceLock lock = InstanceLock.acquire(folder).orElseThrow()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void claim_freeFolder_takesTheLock() throws Exception {
        InstanceLock.Claim claim = InstanceLock.claim(folder);
        assertTrue(claim.lock().isPresent());
        assertFalse(claim.heard());
        claim.lock().get().close();
    }

    @Test
    void claim_listeningInstance_isAskedToShowItsWindow() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceLock lock = InstanceLock.acquire(folder).orElseThrow()) {
            lock.listen(shown::countDown);
            InstanceLock.Claim claim = InstanceLock.claim(folder);
            assertTrue(claim.heard());
            assertTrue(claim.lock().isEmpty());
            assertTrue(shown.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void claim_holderNeverListens_givesUpWithoutTheLock() throws Exception {
        try (InstanceLock lock = InstanceLock.acquire(folder).orElseThrow()) {
            InstanceLock.Claim claim = InstanceLock.claim(folder, Duration.ofMillis(300));
            assertFalse(claim.heard());
            assertTrue(claim.lock().isEmpty());
        }
    }

    @Test
    void claim_holderClosing_waitsForItsLockInsteadOfHandingOver() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        InstanceLock closing = InstanceLock.acquire(folder).orElseThrow();
        closing.listen(shown::countDown);
        assertTrue(InstanceLock.claim(folder).heard(), "listening before it closes");
        closing.stopListening();

        CompletableFuture<InstanceLock.Claim> claim = CompletableFuture.supplyAsync(() -> {
            try {
                return InstanceLock.claim(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThrows(TimeoutException.class, () -> claim.get(300, TimeUnit.MILLISECONDS),
                "the launch keeps waiting while the closing window holds the lock");
        closing.close();

        InstanceLock.Claim got = claim.get(5, TimeUnit.SECONDS);
        assertFalse(got.heard(), "a closing window must not take the request");
        assertTrue(got.lock().isPresent(), "the lock, once the closing window let it go");
        got.lock().get().close();
    }

    @Test
    void acquire_afterHolderWasKilled_succeeds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            assertTrue(InstanceLock.acquire(folder).isEmpty(), "the child holds the lock");
            assertTrue(InstanceLock.claim(folder).heard());
            assertEquals("shown", out.readLine());
            holder.destroyForcibly();
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        }
        try (InstanceLock mine = InstanceLock.acquire(folder).orElseThrow()) {
            mine.listen(() -> { });
            assertTrue(InstanceLock.claim(folder).heard(), "a socket file left by the killed process is replaced");
        }
    }
}

package dev.onward.instance;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** A child process for {@link InstanceLockTest}: takes the lock on a folder, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {
    }

    /** Takes the lock on {@code args[0]}, prints "locked" (or "busy"), and runs until killed. */
    public static void main(String[] args) throws Exception {
        var lock = InstanceLock.acquire(Path.of(args[0]));
        if (lock.isEmpty()) {
            System.out.println("busy");
            return;
        }
        lock.get().listen(() -> System.out.println("shown"));
        System.out.println("locked");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

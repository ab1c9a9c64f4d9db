package dev.onward.instance;

import dev.onward.service.PrivateFiles;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One Onward window per data folder. The first instance holds an OS file lock on
 * {@code onward.lock} (released by the OS when the process ends, even on kill -9, so a crash never
 * leaves a lock behind) and listens on a Unix-domain socket {@code onward.sock} in the same folder.
 * A second instance finds the lock held, says "show" on the socket, and stops: the open window comes
 * to the front. An instance that is closing stops listening first and keeps the lock until its
 * process ends, so a launch in that moment waits for the lock instead of handing over to a window
 * about to go. No internet socket is ever opened.
 */
public final class InstanceLock implements AutoCloseable {
    static final String LOCK_FILE = "onward.lock";
    static final String SOCKET_FILE = "onward.sock";
    private static final String SHOW = "show\n";
    /** How long a launch keeps trying: an Onward starting or closing takes well under a second. */
    static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final Duration RETRY = Duration.ofMillis(50);
    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;
    private final Path socketFile;
    private volatile ServerSocketChannel server;
    private boolean closed;

    private InstanceLock(FileChannel channel, FileLock lock, Path socketFile) {
        this.channel = channel;
        this.lock = lock;
        this.socketFile = socketFile;
    }

    /**
     * Takes the lock on {@code dataFolder} (which must exist), or returns empty when another
     * instance holds it.
     *
     * @throws IOException when the lock file cannot be created
     */
    public static Optional<InstanceLock> acquire(Path dataFolder) throws IOException {
        Path file = dataFolder.resolve(LOCK_FILE);
        createPrivately(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new InstanceLock(channel, lock, dataFolder.resolve(SOCKET_FILE)));
    }

    /**
     * Makes the lock file for the user's eyes only, as every file in the data folder is; one made
     * before Onward did this is narrowed (where that is not allowed, it stays as it is: it holds
     * nothing).
     */
    private static void createPrivately(Path file) throws IOException {
        try {
            PrivateFiles.create(file);
        } catch (FileAlreadyExistsException e) {
            try {
                PrivateFiles.restrict(file);
            } catch (IOException notOurs) {
                LOG.log(Level.FINE, "The lock file could not be narrowed to its owner", notOurs);
            }
        }
    }

    /**
     * What a launch on a data folder found: the lock, when this launch is to open the window;
     * otherwise whether the Onward holding it heard the request to show its window.
     *
     * @param lock the lock, when it was free
     * @param heard whether an open Onward heard the request (always false when {@code lock} is present)
     */
    public record Claim(Optional<InstanceLock> lock, boolean heard) {
    }

    /**
     * Takes the lock on {@code dataFolder} (which must exist), or asks the Onward holding it to show
     * its window. That Onward may have only just started (not listening yet) or be closing (no
     * longer listening, the lock not yet released), so both are tried again for up to
     * {@link #PATIENCE}.
     *
     * @throws IOException when the lock file cannot be created
     */
    public static Claim claim(Path dataFolder) throws IOException {
        return claim(dataFolder, PATIENCE);
    }

    static Claim claim(Path dataFolder, Duration patience) throws IOException {
        Path socket = dataFolder.resolve(SOCKET_FILE);
        long giveUp = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<InstanceLock> lock = acquire(dataFolder);
            if (lock.isPresent()) {
                return new Claim(lock, false);
            }
            if (askToShow(socket)) {
                return new Claim(Optional.empty(), true);
            }
            if (System.nanoTime() - giveUp > 0 || !pause()) {
                LOG.log(Level.FINE, "No open Onward answered on {0}, and its lock stayed held", socket);
                return new Claim(Optional.empty(), false);
            }
        }
    }

    /** Says "show" once on {@code socket}; whether an Onward heard it. */
    private static boolean askToShow(Path socket) {
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            client.write(ByteBuffer.wrap(SHOW.getBytes(StandardCharsets.US_ASCII)));
            return true;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            LOG.log(Level.FINEST, "No answer on " + socket, e);
            return false;
        }
    }

    /** Waits a moment before asking again; false when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(RETRY.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Listens for "show" requests from later instances on a daemon thread and runs {@code onShow}
     * (on that thread) for each. The socket is opened on that thread too, so the window never
     * waits for it. Without Unix-domain sockets the requests are not heard; the lock still holds.
     */
    public void listen(Runnable onShow) {
        Thread thread = new Thread(() -> {
            if (bind()) {
                accept(onShow);
            }
        }, "onward-instance");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized boolean bind() {
        if (closed) {
            return false;
        }
        try {
            Files.deleteIfExists(socketFile);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socketFile));
            return true;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "Later launches cannot bring this window forward: " + e.getMessage(), e);
            return false;
        }
    }

    private void accept(Runnable onShow) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocate(16);
                client.read(buffer);
                if (new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).equals(SHOW)) {
                    onShow.run();
                }
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.log(Level.FINE, "A show request failed", e);
                }
            }
        }
    }

    /**
     * Stops listening but keeps the lock: from now on a later launch waits for the lock to be
     * released (when this process ends) instead of asking this instance to show its window.
     */
    public synchronized void stopListening() {
        closed = true;
        if (server != null) {
            try {
                server.close();
                Files.deleteIfExists(socketFile);
            } catch (IOException e) {
                LOG.log(Level.FINE, "The socket could not be closed", e);
            }
        }
    }

    /** Stops listening and releases the lock. */
    @Override
    public synchronized void close() throws IOException {
        stopListening();
        lock.release();
        channel.close();
    }
}

package dev.onward.ui;

import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Keeps every screen of the window true to the journal: each screen says which kinds of data it
 * shows and how it reads them again; when the services announce a change of one of those kinds,
 * every screen but the one that asked for the write is marked stale, and reads again at once if
 * it is the one on view, else the next time it is shown. The screen that asked reads what it
 * wrote itself, as it always has. Who asked is known through {@link #tagging(TaskRunner)}: the
 * screens' work runs on a runner that remembers which screen was on view when it was asked for.
 */
public final class FreshScreens implements AutoCloseable {
    private final Executor fxThread;
    private final Map<String, Watched> screens = new LinkedHashMap<>();
    private final JournalChanges.Hearing hearing;
    /** The screen on view, as last shown. */
    private volatile String current;
    /**
     * The screen on view when the work running on this thread was asked for; null outside such
     * work. Per thread: a change announced elsewhere meanwhile (another process's write, noticed
     * on a thread of its own) is no screen's own.
     */
    private final ThreadLocal<String> runningFor = new ThreadLocal<>();

    /**
     * Starts hearing {@code changes}; what is heard is handed to {@code fxThread} (the JavaFX
     * thread in the window, the same thread in tests).
     */
    public FreshScreens(JournalChanges changes, Executor fxThread) {
        this.fxThread = fxThread;
        this.hearing = changes.listen(this::heard);
    }

    /**
     * Watches screen {@code id}, which shows {@code shows}; {@code reread} reads it again (it may do
     * nothing when the screen has not been built yet: it reads when it is).
     */
    public void watch(String id, Set<JournalChange> shows, Runnable reread) {
        screens.put(id, new Watched(Set.copyOf(shows), reread));
    }

    /** Whether screen {@code id} is watched. */
    public boolean watches(String id) {
        return screens.containsKey(id);
    }

    /** The ids of the screens watched, in the order they were added. */
    public Set<String> watched() {
        return Collections.unmodifiableSet(screens.keySet());
    }

    /** Screen {@code id} is on view now: it reads again if it went stale while it was not. */
    public void shown(String id) {
        current = id;
        rereadIfStale(id);
    }

    /** Screen {@code id} is about to read everything it shows anyway: it is not stale. */
    public void fresh(String id) {
        Optional.ofNullable(screens.get(id)).ifPresent(w -> w.stale = false);
    }

    /** Whether screen {@code id} has missed a change and reads again when shown. */
    public boolean stale(String id) {
        Watched watched = screens.get(id);
        return watched != null && watched.stale;
    }

    /**
     * {@code runner}, with each piece of work remembering the screen on view when it was asked
     * for: a change that work announces is that screen's own. The work must run one at a time, as
     * the app's runner does.
     */
    public TaskRunner tagging(TaskRunner runner) {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                String asker = current;
                runner.run(() -> {
                    runningFor.set(asker);
                    try {
                        return work.call();
                    } finally {
                        runningFor.remove();
                    }
                }, onSuccess, onFailure);
            }
        };
    }

    private void heard(Set<JournalChange> changed) {
        String writer = runningFor.get();
        fxThread.execute(() -> {
            screens.forEach((id, watched) -> {
                if (!id.equals(writer) && !Collections.disjoint(watched.shows, changed)) {
                    watched.stale = true;
                }
            });
            if (current != null) {
                rereadIfStale(current);
            }
        });
    }

    private void rereadIfStale(String id) {
        Watched watched = screens.get(id);
        if (watched != null && watched.stale) {
            watched.stale = false;
            watched.reread.run();
        }
    }

    /** Stops hearing the journal, e.g. when the screens are built again over a restored one. */
    @Override
    public void close() {
        hearing.close();
    }

    /** What one screen shows and how it reads it again. */
    private static final class Watched {
        private final Set<JournalChange> shows;
        private final Runnable reread;
        private boolean stale;

        Watched(Set<JournalChange> shows, Runnable reread) {
            this.shows = shows;
            this.reread = reread;
        }
    }
}

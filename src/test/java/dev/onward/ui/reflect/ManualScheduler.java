package dev.onward.ui.reflect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} whose time moves only when the test calls {@link #advance(Duration)}: no test waits. */
final class ManualScheduler implements Scheduler {
    private final List<Task> tasks = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        Task task = new Task(now.plus(delay), action);
        tasks.add(task);
        return () -> tasks.remove(task);
    }

    /** Moves time on by {@code by}, running each action that falls due, in time order. */
    void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Task next = tasks.stream().filter(t -> t.due.compareTo(until) <= 0)
                    .min(Comparator.comparing(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
    }

    /** Moves time on by {@code millis} milliseconds. */
    void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }

    private static final class Task {
        final Duration due;
        final Runnable action;

        Task(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }
}

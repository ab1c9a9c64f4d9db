package dev.onward.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the services of one journal announce what a write changed, and whoever shows the journal
 * hears it. One per open journal; listeners are told on the thread that wrote, after the write
 * landed, and must hand the news to their own thread themselves.
 */
public final class JournalChanges {
    private static final Logger LOG = Logger.getLogger(JournalChanges.class.getName());

    private final List<Consumer<Set<JournalChange>>> listeners = new CopyOnWriteArrayList<>();

    /** Tells {@code listener} of every change announced from now on, until the returned hearing is closed. */
    public Hearing listen(Consumer<Set<JournalChange>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener that {@code first} (and {@code more}) changed. */
    public void announce(JournalChange first, JournalChange... more) {
        announce(EnumSet.of(first, more));
    }

    /** Tells every listener that {@code changed} changed; nothing when it is empty. */
    public void announce(Set<JournalChange> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Set<JournalChange> told = Set.copyOf(changed);
        for (Consumer<Set<JournalChange>> listener : listeners) {
            try {
                listener.accept(told);
            } catch (RuntimeException e) {
                // The write has landed: a listener that fails must not make it look as if it had not.
                LOG.log(Level.WARNING, "A listener failed to hear a change", e);
            }
        }
    }

    /** How many listeners hear the changes now. */
    public int listeners() {
        return listeners.size();
    }

    /** One listener's hearing; closing it stops the news. */
    @FunctionalInterface
    public interface Hearing extends AutoCloseable {
        /** Stops telling the listener. */
        @Override
        void close();
    }
}

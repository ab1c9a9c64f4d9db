package dev.onward.ui.reflect;

import javafx.beans.value.ObservableValue;

/**
 * Tells the reflection that something the user typed or chose has changed, so it can be saved;
 * changes made while a saved reflection is being shown are not the user's and are not reported.
 */
final class Changes {
    private Runnable listener = () -> { };
    private boolean filling;

    /** Reports every change of {@code values} (a change listener: an invalidation fires only once until read). */
    void watch(ObservableValue<?>... values) {
        for (ObservableValue<?> value : values) {
            value.addListener((obs, old, now) -> report());
        }
    }

    /** Runs {@code fill} without reporting the changes it makes. */
    void quietly(Runnable fill) {
        boolean before = filling;
        filling = true;
        try {
            fill.run();
        } finally {
            filling = before;
        }
    }

    /** Reports a change, unless a saved reflection is being shown. */
    void report() {
        if (!filling) {
            listener.run();
        }
    }

    /** Sets who hears of changes. */
    void onChange(Runnable action) {
        listener = action;
    }
}

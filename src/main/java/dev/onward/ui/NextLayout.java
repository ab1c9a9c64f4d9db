package dev.onward.ui;

import javafx.scene.Scene;

/** Waits, without blocking, for the next pulse to lay a scene out: what it holds is then on its way to the screen. */
public final class NextLayout {
    private NextLayout() {
    }

    /** Runs {@code action} once, on the JavaFX thread, right after the next pulse has laid out {@code scene}. */
    public static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}

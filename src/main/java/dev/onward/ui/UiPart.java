package dev.onward.ui;

import dev.onward.domain.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/**
 * A piece of the window described by an FXML file beside its class. The class itself is the
 * controller; every FXML file is loaded here, with the message bundle, so {@code %key} works.
 *
 * @param <T> the type of the root node
 */
public abstract class UiPart<T> {
    private final T root;

    /** Loads {@code fxmlFile} (a name relative to the subclass) with this object as controller. */
    protected UiPart(String fxmlFile) {
        URL location = getClass().getResource(fxmlFile);
        if (location == null) {
            throw new IllegalStateException("FXML file not found beside " + getClass().getName() + ": " + fxmlFile);
        }
        FXMLLoader loader = new FXMLLoader(location, Messages.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }

    /** The root node of this part. */
    public T getRoot() {
        return root;
    }
}

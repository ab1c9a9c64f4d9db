package dev.onward.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence Onward shows lives in {@code dev/onward/messages.properties}; this reads it.
 * The bundle is immutable once loaded, so one shared instance is safe.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.onward.messages");

    private Messages() {
    }

    /**
     * The sentence for {@code key}, with {@code args} filled in ({@link MessageFormat} rules).
     *
     * @throws MissingResourceException when the key is not in the bundle (a programming error)
     */
    public static String text(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.getDefault()).format(args);
    }

    /** The bundle itself, for FXML loading. */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}

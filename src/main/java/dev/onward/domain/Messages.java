package dev.onward.domain;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence Onward shows lives in {@code dev/onward/messages.properties}; this reads it.
 * The bundle is immutable once loaded, so one shared instance is safe.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.onward.messages");

    private static final ResourceBundle FORMATTED = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return BUNDLE.containsKey(key) ? text(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return BUNDLE.getKeys();
        }
    };

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

    /**
     * {@code name} as it reads inside a sentence: a name written with a capital only because it
     * starts a label ("Recruiter screen", "Take-home") starts with a small letter; a short form
     * ("HR screen") or a single letter stays as it is.
     */
    public static String midSentence(String name) {
        if (name.length() < 2 || !Character.isUpperCase(name.charAt(0)) || !Character.isLowerCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.getDefault()) + name.substring(1);
    }

    /**
     * The bundle for FXML loading ({@code %key}): each value passes through {@link MessageFormat}
     * like {@link #text}, so a doubled apostrophe in the file shows as one everywhere.
     */
    public static ResourceBundle bundle() {
        return FORMATTED;
    }
}

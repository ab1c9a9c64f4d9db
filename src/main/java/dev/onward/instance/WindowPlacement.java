package dev.onward.instance;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the window was and which screen it showed, kept in {@code window.properties} in the data
 * folder so the next start opens the same way. A missing or unreadable file means the defaults.
 *
 * @param x the window's left edge
 * @param y the window's top edge
 * @param width its width
 * @param height its height
 * @param maximized whether it was maximised
 * @param screen the screen it showed last (e.g. "applications")
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized, String screen) {
    static final String FILE = "window.properties";
    /** The smallest size worth restoring; anything smaller is treated as damaged. */
    static final double MIN_SIZE = 200;

    /** Refuses sizes no window should have. */
    public WindowPlacement {
        if (!(width >= MIN_SIZE && height >= MIN_SIZE && width < 100_000 && height < 100_000)) {
            throw new IllegalArgumentException("window size out of range: " + width + "x" + height);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position out of range");
        }
        screen = screen == null || screen.isBlank() ? "" : screen.strip();
    }

    /** The placement saved in {@code dataFolder}, if there is a readable one. */
    public static Optional<WindowPlacement> load(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.of(new WindowPlacement(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized")), p.getProperty("screen", "")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Saves this placement in {@code dataFolder}, replacing the file whole (never half written). */
    public void save(Path dataFolder) throws IOException {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("screen", screen);
        Path temp = Files.createTempFile(dataFolder, "window", ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "Onward window placement");
        }
        Files.move(temp, dataFolder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return Double.parseDouble(value);
    }
}

package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the journal lives: the platform's data folder unless the user names another with
 * {@code --data-dir} or {@code ONWARD_HOME}.
 */
public final class DataFolder {
    /** The journal file's name inside the data folder. */
    public static final String JOURNAL_FILE = "onward.db";

    private DataFolder() {
    }

    /**
     * The data folder: {@code option} when given, else {@code ONWARD_HOME}, else the platform's
     * default (Linux {@code $XDG_DATA_HOME/onward} or {@code ~/.local/share/onward}, macOS
     * {@code ~/Library/Application Support/Onward}, Windows {@code %APPDATA%\Onward}).
     *
     * @param option the {@code --data-dir} value, if given
     * @param env the environment
     * @param osName the {@code os.name} system property
     * @param home the user's home folder
     */
    public static Path resolve(Optional<Path> option, Map<String, String> env, String osName, Path home) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String onwardHome = env.get("ONWARD_HOME");
        if (onwardHome != null && !onwardHome.isBlank()) {
            return Path.of(onwardHome).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Onward");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Onward");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("onward");
    }

    /** The data folder for this process: {@link #resolve} with the real environment. */
    public static Path resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates {@code folder} when it is missing (0700 on POSIX, so only the user can read it) and
     * returns the journal file's path inside it.
     *
     * @throws JournalFileException when the folder cannot be created or is a file
     */
    public static Path prepare(Path folder) {
        Path journal = folder.resolve(JOURNAL_FILE);
        try {
            if (!Files.isDirectory(folder)) {
                if (isPosix()) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            return journal;
        } catch (IOException | UnsupportedOperationException e) {
            throw new JournalFileException(journal, JournalFileException.Reason.CANNOT_OPEN,
                    Messages.text("storage.folderFailed", folder), e);
        }
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

package dev.onward.service;

import dev.onward.domain.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    /** What SQLite adds to a database file's name for the files it keeps beside it; "" is the file itself. */
    private static final List<String> SIDE_FILE_ENDINGS = List.of("", "-wal", "-shm", "-journal");

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
                PrivateFiles.createFolder(folder);
            }
            return journal;
        } catch (IOException | UnsupportedOperationException e) {
            throw new JournalFileException(journal, JournalFileException.Reason.CANNOT_OPEN,
                    Messages.text("storage.folderFailed", folder), e);
        }
    }

    /**
     * {@code journal} and the files SQLite keeps beside it (the write-ahead log, its index, a
     * rollback journal): what makes up one journal on disk, the journal itself first.
     */
    public static List<Path> withSideFiles(Path journal) {
        return SIDE_FILE_ENDINGS.stream().map(ending -> journal.resolveSibling(journal.getFileName() + ending)).toList();
    }
}

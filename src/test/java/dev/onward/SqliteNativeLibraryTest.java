package dev.onward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image ships sqlite-jdbc's native library unpacked and names it with
 * {@code -Dorg.sqlite.lib.path} and {@code -Dorg.sqlite.lib.name} (package.xml, ADR 0045), so that
 * a start does not copy it out of the jar into the temporary folder. This holds sqlite-jdbc to
 * that, in a child JVM whose temporary folder is watched: should an update rename the options,
 * the copy would come back and this fails.
 */
class SqliteNativeLibraryTest {
    private static final String LIBRARY = "libsqlitejdbc.so";

    @Test
    void open_withTheLibraryNamed_loadsItFromThereAndCopiesNothing(@TempDir Path temp) throws Exception {
        assumeTrue(linuxX64(), "the test unpacks the Linux x86_64 library");
        Path folder = Files.createDirectories(temp.resolve("native"));
        try (InputStream library = SqliteNativeLibraryTest.class.getResourceAsStream(
                "/org/sqlite/native/Linux/x86_64/" + LIBRARY)) {
            Files.copy(library, folder.resolve(LIBRARY));
        }
        Path scratch = Files.createDirectories(temp.resolve("tmp"));

        Run run = openInChild(scratch, "-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=" + LIBRARY);

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.version().startsWith("3."), "SQLite answered with its version: " + run.output());
        assertEquals(List.of(), run.temporaryFiles(), "nothing was unpacked into the temporary folder");
    }

    @Test
    void open_withoutTheLibraryNamed_unpacksItIntoTheTemporaryFolder(@TempDir Path temp) throws Exception {
        // The control: without the options, the copy this test watches for does happen.
        assumeTrue(linuxX64(), "the test watches for the Linux x86_64 library");
        Path scratch = Files.createDirectories(temp.resolve("tmp"));

        Run run = openInChild(scratch);

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.temporaryFiles().stream().anyMatch(name -> name.startsWith("sqlite-") && name.endsWith(LIBRARY)),
                "sqlite-jdbc copied its library: " + run.output());
    }

    private static boolean linuxX64() {
        return System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64");
    }

    private static Run openInChild(Path scratch, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + scratch);
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OpenInMemory.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM finished");
        return new Run(child.exitValue(), output);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** What the child printed: SQLite's version on the first line, then its temporary folder's files. */
    private record Run(int exit, String output) {
        String version() {
            return output.lines().findFirst().orElse("");
        }

        List<String> temporaryFiles() {
            return output.lines().skip(1).toList();
        }
    }

    /**
     * The child: opens an in-memory database, prints SQLite's version, then the files in its
     * temporary folder while it still runs (sqlite-jdbc deletes its copy when the JVM exits).
     */
    public static final class OpenInMemory {
        private OpenInMemory() {
        }

        /** Prints the version of the SQLite that sqlite-jdbc loaded, then the temporary files. */
        public static void main(String[] args) throws SQLException, IOException {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                    Statement statement = connection.createStatement();
                    ResultSet version = statement.executeQuery("select sqlite_version()")) {
                version.next();
                System.out.println(version.getString(1));
            }
            files(Path.of(System.getProperty("java.io.tmpdir"))).forEach(System.out::println);
        }
    }
}

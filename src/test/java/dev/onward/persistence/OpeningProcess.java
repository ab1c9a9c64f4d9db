package dev.onward.persistence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second process for {@link ConcurrentOpenTest}: prints "ready", waits for a line on stdin, then
 * opens and closes each journal file named in its arguments, printing "ok" or what it was told.
 */
public final class OpeningProcess {
    private OpeningProcess() {
    }

    /** Opens each file in {@code args}, in order, once stdin says go. */
    public static void main(String[] args) throws Exception {
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        for (String file : args) {
            try (Database db = Database.open(Path.of(file))) {
                System.out.println("ok");
            } catch (RuntimeException e) {
                System.out.println(file + ": " + e.getMessage());
            }
        }
        System.out.flush();
    }
}

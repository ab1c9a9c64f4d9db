package dev.onward.ui.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CSV fixtures of the "Your data" tests. */
final class DataFixture {
    private DataFixture() {
    }

    /** The fixture {@code name} from src/test/resources/dev/onward/exchange, copied into {@code folder}. */
    static Path csv(Path folder, String name) throws IOException {
        try (InputStream in = DataFixture.class.getResourceAsStream("/dev/onward/exchange/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}

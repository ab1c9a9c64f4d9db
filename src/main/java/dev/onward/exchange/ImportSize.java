package dev.onward.exchange;

import dev.onward.domain.Messages;
import dev.onward.service.exchange.ImportFileException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The most an import reads from one file: far above any journal export or spreadsheet of a job
 * hunt, well below what memory holds, so a wrong file (a disk image, {@code /dev/zero}) gets a
 * sentence instead of running out of memory.
 */
final class ImportSize {
    /** The largest file read, in bytes (100 MiB). */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private ImportSize() {
    }

    /** The file's bytes, refused past {@link #MAX_BYTES} without reading further. */
    static byte[] readAll(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file);
            }
            return bytes;
        }
    }

    /** What {@link #limited} throws past the limit: an {@link IOException}, so parsers pass it on as it is. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("more than " + MAX_BYTES + " bytes");
        }
    }

    /** {@code in}, which fails with {@link TooLarge} once more than {@link #MAX_BYTES} have been read. */
    static InputStream limited(Path file, InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws TooLarge {
                read += n;
                if (read > MAX_BYTES) {
                    throw new TooLarge();
                }
            }
        };
    }

    /** The refusal of a file past the limit. */
    static ImportFileException tooLarge(Path file) {
        return new ImportFileException(file, OptionalInt.empty(), Optional.empty(),
                Messages.text("exchange.file.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024))));
    }
}

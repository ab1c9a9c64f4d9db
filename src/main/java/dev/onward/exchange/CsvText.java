package dev.onward.exchange;

import dev.onward.domain.Messages;
import dev.onward.service.exchange.ImportFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A spreadsheet file as text: strictly UTF-8 (a byte order mark is dropped), with its separator
 * (comma, semicolon or tab) read from the header line.
 *
 * @param text the file's text without a byte order mark
 * @param separator the separator the header line uses most
 */
record CsvText(String text, char separator) {

    static CsvText read(Path file) {
        byte[] bytes;
        try {
            bytes = ImportSize.readAll(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(file, "exchange.file.missing");
        } catch (AccessDeniedException e) {
            throw fileProblem(file, "exchange.file.denied");
        } catch (IOException e) {
            throw fileProblem(file, "exchange.file.unreadable");
        }
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new CsvText(text, separator(text));
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ImportFileException(file, OptionalInt.of(lineAt(bytes, in.position())), Optional.empty(),
                    Messages.text("exchange.csv.notUtf8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The separator used most in the first line; a comma when none is. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static ImportFileException fileProblem(Path file, String key) {
        return new ImportFileException(file, OptionalInt.empty(), Optional.empty(), Messages.text(key));
    }
}

package dev.onward.exchange;

import java.nio.charset.StandardCharsets;

/**
 * Builds iCalendar (RFC 5545) text: every line ends with CRLF and is folded so that no line is
 * longer than 75 octets of UTF-8, never inside a character; TEXT values are escaped.
 */
final class IcsLines {
    /** The longest line RFC 5545 allows, in octets, without its CRLF. */
    static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    /** Adds {@code name:value} as it is (for values that need no escaping), folded. */
    IcsLines add(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    /** Adds a TEXT property, escaping backslash, semicolon, comma and line breaks. */
    IcsLines addText(String name, String value) {
        return add(name, escape(value));
    }

    /** The text so far. */
    String text() {
        return text.toString();
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        String plain = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                text.append("\r\n ");
                octets = 1;
            }
            text.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }
}

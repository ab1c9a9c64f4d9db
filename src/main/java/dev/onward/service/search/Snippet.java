package dev.onward.service.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A short piece of an item's text around what matched, with the matching parts marked as ranges
 * of the text, so a screen can highlight them and a terminal can bracket them. Ranges are in
 * {@code char}s (UTF-16 code units), in order and not overlapping.
 *
 * @param text the piece of text, on one line; "…" where it was cut
 * @param marks the parts that matched
 */
public record Snippet(String text, List<Snippet.Mark> marks) {

    /**
     * One highlighted part: {@code text.substring(start, end)}.
     *
     * @param start the first char, inclusive
     * @param end the last char, exclusive
     */
    public record Mark(int start, int end) {
        /** Refuses an empty or backwards range. */
        public Mark {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("A mark must cover at least one char: " + start + ".." + end);
            }
        }
    }

    /** Refuses marks outside the text, out of order or overlapping. */
    public Snippet {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
        int end = 0;
        for (Mark mark : marks) {
            if (mark.start() < end || mark.end() > text.length()) {
                throw new IllegalArgumentException("Marks must be in order, apart and inside the text: " + marks);
            }
            end = mark.end();
        }
    }

    /** A snippet with nothing marked. */
    public static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }

    /** The text with each marked part between {@code open} and {@code close}, e.g. for a terminal. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark mark : marks) {
            out.append(text, at, mark.start()).append(open).append(text, mark.start(), mark.end()).append(close);
            at = mark.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** The marked parts' text, in order. */
    public List<String> matches() {
        List<String> parts = new ArrayList<>();
        for (Mark mark : marks) {
            parts.add(text.substring(mark.start(), mark.end()));
        }
        return List.copyOf(parts);
    }
}

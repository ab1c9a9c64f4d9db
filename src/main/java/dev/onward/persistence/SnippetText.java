package dev.onward.persistence;

import dev.onward.service.Snippet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns what FTS5's {@code snippet()} returns into a {@link Snippet} with marked ranges, and cuts
 * a snippet by hand where no FTS5 index was asked (one- and two-character substrings).
 */
final class SnippetText {
    /** Put by {@code snippet()} before a match; a control character no one types. */
    static final char OPEN = '\u0002';
    /** Put by {@code snippet()} after a match. */
    static final char CLOSE = '\u0003';
    static final String ELLIPSIS = "\u2026";

    private static final int BEFORE = 40;
    private static final int AFTER = 80;

    private SnippetText() {
    }

    /**
     * The snippet in {@code marked} (FTS5 output with {@link #OPEN}/{@link #CLOSE} around matches),
     * with every {@code literal} it contains marked too, on one line.
     */
    static Snippet parse(String marked, List<String> literals) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Mark> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                open = text.length();
            } else if (c == CLOSE) {
                if (open >= 0 && text.length() > open) {
                    marks.add(new Snippet.Mark(open, text.length()));
                }
                open = -1;
            } else {
                text.append(oneLine(c));
            }
        }
        return withLiterals(text.toString(), marks, literals);
    }

    /**
     * A snippet cut from {@code title} or {@code body} around the first {@code literal} found
     * (case ignored), with every literal marked.
     */
    static Snippet around(String title, String body, List<String> literals) {
        String source = indexOfAny(title, literals) >= 0 || indexOfAny(body, literals) < 0 ? title : body;
        int at = Math.min(source.length(), Math.max(0, indexOfAny(source, literals)));
        int start = Math.max(0, at - BEFORE);
        int end = Math.min(source.length(), at + AFTER);
        start = start > 0 && Character.isLowSurrogate(source.charAt(start)) ? start - 1 : start;
        end = end < source.length() && Character.isLowSurrogate(source.charAt(end)) ? end + 1 : end;
        String cut = (start > 0 ? ELLIPSIS : "") + source.substring(start, end)
                + (end < source.length() ? ELLIPSIS : "");
        StringBuilder text = new StringBuilder();
        cut.chars().forEach(c -> text.append(oneLine((char) c)));
        return withLiterals(text.toString(), List.of(), literals);
    }

    private static Snippet withLiterals(String text, List<Snippet.Mark> found, List<String> literals) {
        List<Snippet.Mark> marks = new ArrayList<>(found);
        String folded = text.toLowerCase(Locale.ROOT);
        for (String literal : literals) {
            String needle = literal.toLowerCase(Locale.ROOT);
            if (needle.isEmpty() || folded.length() != text.length()) {
                continue;
            }
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
                Snippet.Mark mark = new Snippet.Mark(at, at + needle.length());
                if (marks.stream().noneMatch(m -> m.start() < mark.end() && mark.start() < m.end())) {
                    marks.add(mark);
                }
            }
        }
        marks.sort(Comparator.comparingInt(Snippet.Mark::start));
        return new Snippet(text, marks);
    }

    private static int indexOfAny(String text, List<String> literals) {
        String folded = text.toLowerCase(Locale.ROOT);
        return literals.stream().mapToInt(l -> folded.indexOf(l.toLowerCase(Locale.ROOT)))
                .filter(i -> i >= 0).min().orElse(-1);
    }

    private static char oneLine(char c) {
        return c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
}

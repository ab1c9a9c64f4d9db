package dev.onward.persistence.search;

import dev.onward.service.search.Snippet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the snippet of a found item and marks what matched: the words and phrases of the query,
 * compared as the word index compares them (case and accents ignored, the last word of a prefix
 * phrase as a prefix), and its substrings, case ignored. Done here rather than by FTS5's
 * {@code snippet()}, which would evaluate the query once more for every row shown.
 */
final class SnippetText {
    static final String ELLIPSIS = "\u2026";
    /** About how long a snippet is, in chars. */
    static final int WIDTH = 120;
    private static final int BEFORE = 30;

    private SnippetText() {
    }

    /** The snippet of an item with this {@code title} and {@code body}, marked for {@code query}. */
    static Snippet cut(String title, String body, Fts5Query query) {
        List<Snippet.Mark> inTitle = marks(title, query);
        List<Snippet.Mark> inBody = marks(body, query);
        boolean useBody = distinct(body, inBody) > distinct(title, inTitle) || title.isBlank();
        return window(useBody ? body : title, useBody ? inBody : inTitle);
    }

    /** Every match of {@code query} in {@code text}, in order, not overlapping. */
    static List<Snippet.Mark> marks(String text, Fts5Query query) {
        List<Snippet.Mark> marks = new ArrayList<>();
        List<Token> tokens = tokens(text);
        for (Fts5Query.Phrase phrase : query.phrases()) {
            List<String> words = phrase.words().stream().map(SnippetText::fold).toList();
            for (int i = 0; i + words.size() <= tokens.size(); i++) {
                if (matches(tokens, i, words, phrase.prefix())) {
                    marks.add(new Snippet.Mark(tokens.get(i).start(), tokens.get(i + words.size() - 1).end()));
                }
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String literal : query.literals()) {
            String needle = literal.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(needle); at >= 0 && lower.length() == text.length();
                    at = lower.indexOf(needle, at + needle.length())) {
                marks.add(new Snippet.Mark(at, at + needle.length()));
            }
        }
        return merged(marks);
    }

    private record Token(int start, int end, String folded) {
    }

    /** Runs of letters and digits (with their marks), as the word index splits text. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(cp) || (start >= 0 && isMark(cp));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                tokens.add(new Token(start, i, fold(text.substring(start, i))));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return tokens;
    }

    private static boolean matches(List<Token> tokens, int from, List<String> words, boolean prefix) {
        for (int k = 0; k < words.size(); k++) {
            String token = tokens.get(from + k).folded();
            boolean last = k == words.size() - 1;
            if (!(last && prefix ? token.startsWith(words.get(k)) : token.equals(words.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, as {@code unicode61 remove_diacritics 2} compares words. */
    static String fold(String word) {
        if (word.chars().allMatch(c -> c < 0x80)) {
            return word.toLowerCase(Locale.ROOT);
        }
        StringBuilder folded = new StringBuilder(word.length());
        Normalizer.normalize(word, Normalizer.Form.NFD).codePoints().filter(cp -> !isMark(cp))
                .forEach(folded::appendCodePoint);
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static List<Snippet.Mark> merged(List<Snippet.Mark> marks) {
        marks.sort(Comparator.comparingInt(Snippet.Mark::start).thenComparingInt(Snippet.Mark::end));
        List<Snippet.Mark> merged = new ArrayList<>();
        for (Snippet.Mark mark : marks) {
            Snippet.Mark last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && mark.start() < last.end()) {
                merged.set(merged.size() - 1, new Snippet.Mark(last.start(), Math.max(last.end(), mark.end())));
            } else {
                merged.add(mark);
            }
        }
        return merged;
    }

    private static long distinct(String text, List<Snippet.Mark> marks) {
        return marks.stream().map(m -> fold(text.substring(m.start(), m.end()))).distinct().count();
    }

    /** About {@link #WIDTH} chars of {@code text} around the stretch with the most different matches, on one line. */
    private static Snippet window(String text, List<Snippet.Mark> marks) {
        int start = 0;
        long best = -1;
        for (Snippet.Mark mark : marks) {
            int from = Math.max(0, mark.start() - BEFORE);
            long seen = marks.stream().filter(m -> m.start() >= from && m.end() <= from + WIDTH)
                    .map(m -> fold(text.substring(m.start(), m.end()))).distinct().count();
            if (seen > best) {
                best = seen;
                start = from;
            }
        }
        start = wordStart(text, start);
        int end = Math.min(text.length(), start + WIDTH);
        end = end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end + 1 : end;
        String prefix = start > 0 ? ELLIPSIS : "";
        StringBuilder line = new StringBuilder(prefix);
        text.substring(start, end).chars().forEach(c -> line.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : (char) c));
        List<Snippet.Mark> shown = new ArrayList<>();
        for (Snippet.Mark mark : marks) {
            if (mark.start() >= start && mark.end() <= end) {
                int offset = prefix.length() - start;
                shown.add(new Snippet.Mark(mark.start() + offset, mark.end() + offset));
            }
        }
        return new Snippet(line.append(end < text.length() ? ELLIPSIS : "").toString(), shown);
    }

    /** {@code at}, moved back to the start of the word it falls in (at most 15 chars), never inside a pair. */
    private static int wordStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < 15 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        start = start > 0 && !Character.isWhitespace(text.charAt(start - 1)) ? at : start;
        return start > 0 && Character.isLowSurrogate(text.charAt(start)) ? start - 1 : start;
    }
}

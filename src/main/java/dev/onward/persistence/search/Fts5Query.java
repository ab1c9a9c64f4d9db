package dev.onward.persistence.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user typed in the search box, turned into FTS5 match expressions that are bound as
 * parameters and can never be a syntax error: every term is double-quoted, so {@code AND},
 * {@code NEAR}, {@code *}, {@code -}, {@code (} and SQL are plain text. The rules:
 * <ul>
 *   <li>Words (letters and digits of scripts written with spaces) go to the word index
 *       ({@code unicode61}, case and accents folded) as prefixes: {@code interv} finds
 *       "interview". Every word is required.</li>
 *   <li>Text in double quotes is a phrase; while its closing quote is missing the phrase's last
 *       word is a prefix. Typographic quotes count as quotes.</li>
 *   <li>Runs of CJK, Thai and similar scripts, and of symbols and emoji, are substrings: three
 *       characters or more go to the trigram index, shorter ones are scanned for.</li>
 *   <li>Punctuation and spaces separate words and are otherwise ignored; text made only of
 *       punctuation ({@code *}, {@code --}, {@code (}) is looked for as it is, less its quotes:
 *       a lone quote is a phrase not yet typed and finds nothing.</li>
 * </ul>
 *
 * @param phrases the words and phrases for {@code search_words}, every one required
 * @param grams substrings of 3 or more characters for {@code search_grams}
 * @param substrings substrings of 1 or 2 characters, which the trigram index cannot find
 */
record Fts5Query(List<Phrase> phrases, List<String> grams, List<String> substrings) {
    /** Longest input looked at, in code points; a search box needs no more. */
    static final int MAX_INPUT = 256;
    /** Most terms in one query, so a pasted paragraph stays fast. */
    static final int MAX_TERMS = 16;

    private static final int TRIGRAM = 3;
    private static final Set<Character.UnicodeScript> SUBSTRING_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL, Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.YI,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.TIBETAN);

    /**
     * Words that must follow each other (one word for a word typed alone).
     *
     * @param words the words, as typed
     * @param prefix whether the last word may be the start of a longer word
     */
    record Phrase(List<String> words, boolean prefix) {
        /** Copies the words unmodifiable. */
        Phrase {
            words = List.copyOf(words);
        }

        /** The phrase in FTS5 syntax: quoted, with {@code *} when it is a prefix. */
        String match() {
            return quoted(String.join(" ", words)) + (prefix ? "*" : "");
        }
    }

    /** Copies the lists unmodifiable. */
    Fts5Query {
        phrases = List.copyOf(phrases);
        grams = List.copyOf(grams);
        substrings = List.copyOf(substrings);
    }

    /** The query for {@code text}; any text is accepted, null and blank give an empty query. */
    static Fts5Query of(String text) {
        if (text == null) {
            return new Fts5Query(List.of(), List.of(), List.of());
        }
        String input = limit(Normalizer.normalize(text, Normalizer.Form.NFC)).replace('\u201C', '"')
                .replace('\u201D', '"').replace('\u201E', '"');
        Terms terms = new Terms();
        String[] parts = input.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                terms.loose(parts[i]);
            } else {
                terms.phrase(parts[i], i == parts.length - 1);
            }
        }
        Fts5Query query = terms.query();
        if (query.isEmpty()) {
            String literal = input.replaceAll("[\\p{Cc}\"]", "").strip().replaceAll("\\s+", " ");
            if (!literal.isEmpty()) {
                terms.literal(literal);
                return terms.query();
            }
        }
        return query;
    }

    /** Whether there is nothing to look for. */
    boolean isEmpty() {
        return phrases.isEmpty() && grams.isEmpty() && substrings.isEmpty();
    }

    /** The match expression for {@code search_words}: every phrase required; blank when there is none. */
    String words() {
        return phrases.stream().map(Phrase::match).collect(Collectors.joining(" "));
    }

    /** The match expression for {@code search_grams}: every substring required. */
    String gramsMatch() {
        return grams.stream().map(Fts5Query::quoted).collect(Collectors.joining(" "));
    }

    /** Every substring, long and short, to mark in snippets. */
    List<String> literals() {
        List<String> all = new ArrayList<>(grams);
        all.addAll(substrings);
        return List.copyOf(all);
    }

    private static String limit(String text) {
        return text.codePointCount(0, text.length()) <= MAX_INPUT ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_INPUT));
    }

    private static String quoted(String term) {
        return '"' + term.replace("\"", "\"\"") + '"';
    }

    /** A run of characters of one sort: a word, or a substring (CJK, symbols, emoji). */
    private record Run(String text, boolean substring) {
    }

    /** Splits {@code segment} into runs; spaces and punctuation end a run and are dropped. */
    private static List<Run> runs(String segment) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean substring = null;
        for (int i = 0; i < segment.length(); i += Character.charCount(segment.codePointAt(i))) {
            int cp = segment.codePointAt(i);
            Boolean sort = sortOf(cp, substring);
            if (sort == null && isJoiner(cp) && substring != null) {
                run.appendCodePoint(cp);
                continue;
            }
            if (substring != null && !substring.equals(sort)) {
                runs.add(new Run(run.toString(), substring));
                run.setLength(0);
            }
            substring = sort;
            if (sort != null) {
                run.appendCodePoint(cp);
            }
        }
        if (substring != null) {
            runs.add(new Run(run.toString(), substring));
        }
        return runs;
    }

    /** TRUE for a substring character, FALSE for a word character, null for a separator. */
    private static Boolean sortOf(int cp, Boolean current) {
        if (Character.isLetterOrDigit(cp)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (SUBSTRING_SCRIPTS.contains(script)) {
                return Boolean.TRUE;
            }
            boolean shared = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
            return shared && Boolean.TRUE.equals(current) ? Boolean.TRUE : Boolean.FALSE;
        }
        return switch (Character.getType(cp)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> Boolean.TRUE;
            default -> null;
        };
    }

    /** Marks, the zero-width joiner and variation selectors belong to the character before them. */
    private static boolean isJoiner(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == 0x200D;
    }

    /** {@code segment} without the spaces and punctuation at either end. */
    private static String trimmed(String segment) {
        int start = 0;
        int end = segment.length();
        while (start < end && sortOf(segment.codePointAt(start), null) == null) {
            start += Character.charCount(segment.codePointAt(start));
        }
        while (end > start && sortOf(segment.codePointBefore(end), null) == null && !isJoiner(segment.codePointBefore(end))) {
            end -= Character.charCount(segment.codePointBefore(end));
        }
        return segment.substring(start, end);
    }

    /** Collects terms up to {@link #MAX_TERMS}. */
    private static final class Terms {
        private final List<Phrase> phrases = new ArrayList<>();
        private final List<String> grams = new ArrayList<>();
        private final List<String> substrings = new ArrayList<>();

        void loose(String segment) {
            for (Run run : runs(segment)) {
                if (run.substring()) {
                    literal(run.text());
                } else {
                    add(phrases, new Phrase(List.of(run.text()), true));
                }
            }
        }

        void phrase(String segment, boolean unclosed) {
            List<Run> runs = runs(segment);
            if (runs.isEmpty()) {
                return;
            }
            if (runs.stream().anyMatch(Run::substring)) {
                literal(trimmed(segment).replaceAll("\\s+", " "));
            } else {
                add(phrases, new Phrase(runs.stream().map(Run::text).toList(), unclosed));
            }
        }

        void literal(String text) {
            add(text.codePointCount(0, text.length()) >= TRIGRAM ? grams : substrings, text);
        }

        private <T> void add(List<T> list, T term) {
            if (phrases.size() + grams.size() + substrings.size() < MAX_TERMS && !list.contains(term)) {
                list.add(term);
            }
        }

        Fts5Query query() {
            return new Fts5Query(phrases, grams, substrings);
        }
    }
}

package dev.onward.service.lessons;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that carry a lesson's meaning: lower case, accents and punctuation gone, short and
 * common words dropped, simple plural and verb endings trimmed. Two lessons are alike when they
 * share most of these words.
 */
final class LessonWords {
    private static final Set<String> COMMON = Set.of("the", "and", "for", "that", "this", "with", "was", "were",
            "are", "have", "has", "had", "but", "not", "you", "your", "they", "them", "their", "what", "when",
            "about", "before", "after", "more", "less", "into", "from", "would", "should", "could", "will", "next",
            "time", "some", "any", "all", "too", "very", "just", "also", "than", "then", "did", "does", "don", "get");

    private LessonWords() {
    }

    /** The meaning-carrying words of {@code text}. */
    static Set<String> of(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !COMMON.contains(w))
                .map(LessonWords::stem)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Shared words over the smaller set's size: 1 when one lesson's words are all in the other. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / Math.min(a.size(), b.size());
    }

    private static String stem(String word) {
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}

package dev.onward.exchange;

import dev.onward.domain.OutcomeKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the status words of spreadsheets and trackers mean in Onward: still active, a stage
 * reached, or an outcome. Words are compared without case, emoji or punctuation ("No Response 🔕"
 * is "no response"). A word not listed is unknown, and the import says so rather than guess.
 */
final class StatusWords {
    /** What one word means. */
    record Meaning(Optional<String> stageKind, Optional<OutcomeKind> outcome) {
    }

    private static final Meaning ACTIVE = new Meaning(Optional.empty(), Optional.empty());
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, Meaning> WORDS = words();

    private StatusWords() {
    }

    private static Map<String, Meaning> words() {
        Map<String, Meaning> all = new HashMap<>();
        put(all, ACTIVE, "applied|apply|submitted|sent|active|open|in progress|pending|waiting|awaiting response"
                + "|bookmarked|saved|wishlist|wish list|applying|draft|to apply|not applied|planned|interested|new");
        put(all, stage("Recruiter screen"), "interviewing|interview|interviews|interview scheduled|in process"
                + "|screening|screen|recruiter screen|recruiter call|hr screen|phone call");
        put(all, stage("Phone screen"), "phone screen|phone interview");
        put(all, stage("Take-home"), "take home|takehome|assignment|case study|assessment");
        put(all, stage("Technical interview"), "technical interview|technical");
        put(all, stage("Onsite"), "onsite|on site");
        put(all, stage("Final round"), "final round|final interview|final");
        put(all, stage("Offer"), "negotiating|negotiation");
        put(all, new Meaning(Optional.of("Offer"), Optional.of(OutcomeKind.OFFER)),
                "offer|offered|offer received|accepted|offer accepted|hired|signed");
        put(all, outcome(OutcomeKind.REJECTED), "rejected|rejection|not selected|declined|unsuccessful|turned down"
                + "|no offer|not moving forward|closed rejected");
        put(all, outcome(OutcomeKind.GHOSTED), "ghosted|no response|no reply|no answer|expired|silence|no news"
                + "|unanswered");
        put(all, outcome(OutcomeKind.WITHDREW), "withdrawn|withdrew|i withdrew|withdraw|cancelled|canceled|archived"
                + "|not interested|declined offer|offer declined");
        return Map.copyOf(all);
    }

    private static Meaning stage(String kind) {
        return new Meaning(Optional.of(kind), Optional.empty());
    }

    private static Meaning outcome(OutcomeKind kind) {
        return new Meaning(Optional.empty(), Optional.of(kind));
    }

    private static void put(Map<String, Meaning> all, Meaning meaning, String words) {
        for (String word : words.split("\\|")) {
            all.put(word, meaning);
        }
    }

    /** What {@code word} means; empty when Onward does not know it. A blank word means active. */
    static Optional<Meaning> meaning(String word) {
        String plain = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return plain.isEmpty() ? Optional.of(ACTIVE) : Optional.ofNullable(WORDS.get(plain));
    }
}

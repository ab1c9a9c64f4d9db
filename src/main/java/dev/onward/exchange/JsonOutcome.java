package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import java.util.Locale;
import java.util.Optional;

/** An outcome as the JSON export writes it: {@code kind} is offer, rejected, ghosted or withdrew. */
@JsonPropertyOrder({"kind", "date", "endedAtKindId", "message"})
record JsonOutcome(String kind, String date, Long endedAtKindId, String message) {

    static JsonOutcome of(Outcome outcome) {
        return new JsonOutcome(outcome.kind().name().toLowerCase(Locale.ROOT), outcome.date().toString(),
                outcome.endedAtKindId().orElse(null), outcome.message().orElse(null));
    }

    /** The domain record; the domain's own checks run again. */
    Outcome toDomain() {
        OutcomeKind outcomeKind = JsonValues.word("kind", kind, OutcomeKind.class);
        return new Outcome(outcomeKind, JsonValues.day("date", date), Optional.ofNullable(endedAtKindId),
                Optional.ofNullable(message));
    }
}

package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import java.util.Locale;

/** One status change as the JSON export writes it. */
@JsonPropertyOrder({"status", "at"})
record JsonStatusChange(String status, String at) {

    static JsonStatusChange of(StatusChange change) {
        return new JsonStatusChange(change.status().name().toLowerCase(Locale.ROOT), change.at().toString());
    }

    /** The domain record. */
    StatusChange toDomain() {
        return new StatusChange(JsonValues.word("status", status, Status.class), JsonValues.instant("at", at));
    }
}

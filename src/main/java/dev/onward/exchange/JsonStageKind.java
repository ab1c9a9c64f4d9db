package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.StageKind;

/** A kind of stage as the JSON export writes it. */
@JsonPropertyOrder({"id", "name", "position"})
record JsonStageKind(Long id, String name, Integer position) {

    static JsonStageKind of(StageKind kind) {
        return new JsonStageKind(kind.id(), kind.name(), kind.position());
    }

    /** The domain record; the domain's own checks run again. */
    StageKind toDomain() {
        JsonValues.id("id", id);
        JsonValues.require("position", position);
        if (position < 0) {
            throw JsonValues.invalid("position", "exchange.json.negative");
        }
        return new StageKind(id, name, position);
    }
}

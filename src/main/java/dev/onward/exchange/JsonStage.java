package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.Rating;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import java.time.LocalTime;
import java.util.Optional;

/** A stage as the JSON export writes it; {@code kindId} refers to a kind in {@code stageKinds}. */
@JsonPropertyOrder({"id", "kindId", "date", "time", "peopleMet", "preparation", "howItWent", "notes"})
record JsonStage(Long id, Long kindId, String date, String time, String peopleMet, String preparation,
        Integer howItWent, String notes) {

    static JsonStage of(Stage stage) {
        StageDetails d = stage.details();
        return new JsonStage(stage.id(), d.kindId(), d.date().toString(), d.time().map(LocalTime::toString).orElse(null),
                d.peopleMet().orElse(null), d.preparation().orElse(null),
                d.howItWent().map(Rating::value).orElse(null), d.notes().orElse(null));
    }

    /** The domain record of application {@code applicationId}; the domain's own checks run again. */
    Stage toDomain(long applicationId) {
        JsonValues.id("id", id);
        JsonValues.require("kindId", kindId);
        StageDetails details = new StageDetails(kindId, JsonValues.day("date", date), JsonValues.time("time", time),
                Optional.ofNullable(peopleMet), Optional.ofNullable(preparation),
                Optional.ofNullable(howItWent).map(Rating::new), Optional.ofNullable(notes));
        return new Stage(id, applicationId, details);
    }
}

package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Stage;
import dev.onward.domain.StatusChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An application, with its stages, outcome and status history, as the JSON export writes it. */
@JsonPropertyOrder({"id", "company", "role", "location", "link", "source", "salary", "applied", "notes",
        "created", "updated", "stages", "outcome", "statusHistory"})
record JsonApplication(Long id, String company, String role, String location, String link, String source,
        String salary, String applied, String notes, String created, String updated, List<JsonStage> stages,
        JsonOutcome outcome, List<JsonStatusChange> statusHistory) {

    static JsonApplication of(Application a) {
        ApplicationDetails d = a.details();
        return new JsonApplication(a.id(), d.company(), d.role(), d.location().orElse(null), d.link().orElse(null),
                d.source().orElse(null), d.salary().orElse(null), d.applied().map(LocalDate::toString).orElse(null),
                d.notes().orElse(null), a.created().toString(), a.updated().toString(),
                a.stages().stream().map(JsonStage::of).toList(), a.outcome().map(JsonOutcome::of).orElse(null),
                a.statusHistory().stream().map(JsonStatusChange::of).toList());
    }

    /** The domain record; the domain's own checks run again on every part. */
    Application toDomain() {
        JsonValues.id("id", id);
        ApplicationDetails details = new ApplicationDetails(company, role, Optional.ofNullable(location),
                Optional.ofNullable(link), Optional.ofNullable(source), Optional.ofNullable(salary),
                Optional.ofNullable(applied).map(day -> JsonValues.day("applied", day)), Optional.ofNullable(notes));
        List<Stage> stageList = JsonValues.list("stages", stages).stream().map(s -> s.toDomain(id)).toList();
        List<StatusChange> history = JsonValues.list("statusHistory", statusHistory).stream().map(JsonStatusChange::toDomain).toList();
        return new Application(id, details, stageList, Optional.ofNullable(outcome).map(JsonOutcome::toDomain),
                history, JsonValues.instant("created", created), JsonValues.instant("updated", updated));
    }
}

package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.Arrival;
import dev.onward.domain.ChosenReason;
import dev.onward.domain.Feedback;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A reflection as the JSON export writes it; steps are written in the order the user meets them. */
@JsonPropertyOrder({"applicationId", "arrival", "feelings", "reasons", "reframe", "feedback", "graciousReplySentOn",
        "contactId", "steps", "currentStep", "updated"})
record JsonReflection(Long applicationId, String arrival, List<JsonFeeling> feelings, List<JsonReason> reasons,
        String reframe, JsonFeedback feedback, String graciousReplySentOn, Long contactId, Map<String, String> steps,
        String currentStep, String updated) {

    /** A named feeling. */
    @JsonPropertyOrder({"feeling", "ownWords", "intensity"})
    record JsonFeeling(String feeling, String ownWords, Integer intensity) {
    }

    /** A chosen reason. */
    @JsonPropertyOrder({"reason", "note", "inMyControl"})
    record JsonReason(String reason, String note, Boolean inMyControl) {
    }

    /** What the company said. */
    @JsonPropertyOrder({"askedOn", "askedFrom", "receivedOn", "text"})
    record JsonFeedback(String askedOn, String askedFrom, String receivedOn, String text) {
    }

    static JsonReflection of(Reflection r) {
        Feedback f = r.feedback();
        Map<String, String> steps = new LinkedHashMap<>();
        for (ReflectionStep step : ReflectionStep.values()) {
            steps.put(JsonValues.key(step), JsonValues.key(r.state(step)));
        }
        return new JsonReflection(r.applicationId(), r.arrival().map(JsonValues::key).orElse(null),
                r.feelings().stream().map(n -> new JsonFeeling(JsonValues.key(n.feeling()), n.ownWords().orElse(null),
                        n.intensity().value())).toList(),
                r.reasons().stream().map(c -> new JsonReason(JsonValues.key(c.reason()), c.note().orElse(null),
                        c.inMyControl())).toList(),
                r.reframe().orElse(null), new JsonFeedback(day(f.askedOn()), f.askedFrom().orElse(null),
                        day(f.receivedOn()), f.text().orElse(null)),
                day(r.graciousReplySentOn()), r.contactId().orElse(null), steps, JsonValues.key(r.currentStep()),
                r.updated().toString());
    }

    /** The domain record; the domain's own checks run again. */
    Reflection toDomain() {
        JsonValues.require("applicationId", applicationId);
        JsonFeedback fb = feedback == null ? new JsonFeedback(null, null, null, null) : feedback;
        Feedback domainFeedback = new Feedback(optionalDay("askedOn", fb.askedOn()), Optional.ofNullable(fb.askedFrom()),
                optionalDay("receivedOn", fb.receivedOn()), Optional.ofNullable(fb.text()));
        Map<ReflectionStep, StepState> stepStates = new EnumMap<>(ReflectionStep.class);
        (steps == null ? Map.<String, String>of() : steps).forEach((step, state) -> stepStates.put(
                JsonValues.word("steps", step, ReflectionStep.class), JsonValues.word("steps", state, StepState.class)));
        return new Reflection(applicationId, Optional.ofNullable(arrival).map(a -> JsonValues.word("arrival", a, Arrival.class)),
                JsonValues.list("feelings", feelings).stream().map(JsonReflection::feeling).toList(),
                JsonValues.list("reasons", reasons).stream().map(JsonReflection::reason).toList(),
                Optional.ofNullable(reframe), domainFeedback, optionalDay("graciousReplySentOn", graciousReplySentOn),
                Optional.ofNullable(contactId), stepStates,
                JsonValues.word("currentStep", currentStep, ReflectionStep.class), JsonValues.instant("updated", updated));
    }

    private static NamedFeeling feeling(JsonFeeling f) {
        JsonValues.require("intensity", f.intensity());
        return new NamedFeeling(JsonValues.word("feeling", f.feeling(), Feeling.class), Optional.ofNullable(f.ownWords()),
                new Intensity(f.intensity()));
    }

    private static ChosenReason reason(JsonReason r) {
        JsonValues.require("inMyControl", r.inMyControl());
        return new ChosenReason(JsonValues.word("reason", r.reason(), Reason.class), Optional.ofNullable(r.note()),
                r.inMyControl());
    }

    private static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }

    private static Optional<LocalDate> optionalDay(String field, String text) {
        return Optional.ofNullable(text).map(t -> JsonValues.day(field, t));
    }
}

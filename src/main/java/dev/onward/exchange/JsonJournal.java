package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.service.exchange.JournalContents;
import java.util.List;
import java.util.Map;

/** The JSON export's outermost object: {@code {"format":"onward","version":1,...}}. */
@JsonPropertyOrder({"format", "version", "stageKinds", "applications", "contacts", "lessons", "reflections", "settings"})
record JsonJournal(String format, int version, List<JsonStageKind> stageKinds, List<JsonApplication> applications,
        List<JsonContact> contacts, List<JsonLesson> lessons, List<JsonReflection> reflections,
        Map<String, String> settings) {
    /** The value of {@code format}. */
    static final String FORMAT = "onward";
    /** The version this Onward writes and the newest it reads. */
    static final int VERSION = 1;

    static JsonJournal of(JournalContents contents) {
        return new JsonJournal(FORMAT, VERSION, contents.stageKinds().stream().map(JsonStageKind::of).toList(),
                contents.applications().stream().map(JsonApplication::of).toList(),
                contents.contacts().stream().map(JsonContact::of).toList(),
                contents.lessons().stream().map(JsonLesson::of).toList(),
                contents.reflections().stream().map(JsonReflection::of).toList(), contents.settings());
    }
}

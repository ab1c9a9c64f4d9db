package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Theme;
import java.util.Optional;

/** A lesson as the JSON export writes it; theme and status are lower-case words. */
@JsonPropertyOrder({"id", "text", "theme", "inMyControl", "stageKindId", "status", "applicationId", "repeatOf",
        "created", "updated"})
record JsonLesson(Long id, String text, String theme, Boolean inMyControl, Long stageKindId, String status,
        Long applicationId, Long repeatOf, String created, String updated) {

    static JsonLesson of(Lesson lesson) {
        LessonDetails d = lesson.details();
        return new JsonLesson(lesson.id(), d.text(), JsonValues.key(d.theme()), d.inMyControl(),
                d.stageKindId().orElse(null), JsonValues.key(d.status()), lesson.applicationId().orElse(null),
                lesson.repeatOf().orElse(null), lesson.created().toString(), lesson.updated().toString());
    }

    /** The domain record; the domain's own checks run again. */
    Lesson toDomain() {
        JsonValues.id("id", id);
        JsonValues.require("inMyControl", inMyControl);
        LessonDetails details = new LessonDetails(text, JsonValues.word("theme", theme, Theme.class), inMyControl,
                Optional.ofNullable(stageKindId), JsonValues.word("status", status, LessonStatus.class));
        return new Lesson(id, details, Optional.ofNullable(applicationId), Optional.ofNullable(repeatOf),
                JsonValues.instant("created", created), JsonValues.instant("updated", updated));
    }
}

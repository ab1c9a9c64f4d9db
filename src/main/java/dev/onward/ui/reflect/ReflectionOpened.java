package dev.onward.ui.reflect;

import dev.onward.domain.Application;
import dev.onward.domain.Lesson;
import dev.onward.domain.Reflection;
import dev.onward.domain.StageKind;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Reflect flow reads when it opens, read in one go off the JavaFX thread.
 *
 * @param reflection the reflection, as saved
 * @param application the application it is about
 * @param kinds every kind of stage, in order
 * @param furthest the furthest stage the application reached
 * @param lessons the lessons noted from this application
 * @param pipeline how many applications are still active
 * @param feedbackRequest the request for feedback, filled in
 * @param reply the gracious reply, filled in
 * @param contactName the name of the contact kept, if any
 */
record ReflectionOpened(Reflection reflection, Application application, List<StageKind> kinds,
        Optional<StageKind> furthest, List<Lesson> lessons, long pipeline, String feedbackRequest, String reply,
        Optional<String> contactName) {
}

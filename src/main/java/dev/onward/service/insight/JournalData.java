package dev.onward.service.insight;

import dev.onward.domain.Application;
import dev.onward.domain.Contact;
import dev.onward.domain.Lesson;
import dev.onward.domain.Reflection;
import dev.onward.domain.StageKind;
import java.util.List;

/**
 * Everything the dashboard's figures are computed from, read once.
 *
 * @param applications every application with its stages, outcome and status history
 * @param kinds the kinds of stage, in order
 * @param reflections every reflection
 * @param lessons every lesson
 * @param contacts every contact
 */
public record JournalData(List<Application> applications, List<StageKind> kinds, List<Reflection> reflections,
        List<Lesson> lessons, List<Contact> contacts) {
    /** Copies the lists. */
    public JournalData {
        applications = List.copyOf(applications);
        kinds = List.copyOf(kinds);
        reflections = List.copyOf(reflections);
        lessons = List.copyOf(lessons);
        contacts = List.copyOf(contacts);
    }
}

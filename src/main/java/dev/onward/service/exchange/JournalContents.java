package dev.onward.service.exchange;

import dev.onward.domain.Application;
import dev.onward.domain.Lesson;
import dev.onward.domain.Reflection;
import dev.onward.domain.StageKind;
import dev.onward.service.reflect.StoredContact;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the journal holds, as one value: the kinds of stage in their order, every
 * application with its stages, outcome and status history, the contacts, the lessons, the
 * reflections and the settings. Exports are made from it and a whole-journal import restores it.
 *
 * @param stageKinds every kind of stage, in order
 * @param applications every application, by id
 * @param contacts every contact, by id
 * @param lessons every lesson, by id
 * @param reflections every reflection, by application id
 * @param settings the user's settings (weekly target, ...), by key
 */
public record JournalContents(List<StageKind> stageKinds, List<Application> applications,
        List<StoredContact> contacts, List<Lesson> lessons, List<Reflection> reflections, Map<String, String> settings) {
    /** Copies every list and the settings (sorted by key), unmodifiable. */
    public JournalContents {
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        stageKinds = List.copyOf(stageKinds);
        applications = List.copyOf(applications);
        contacts = List.copyOf(contacts);
        lessons = List.copyOf(lessons);
        reflections = List.copyOf(reflections);
    }

    /** Whether the journal holds nothing a user wrote: no application, contact or lesson. */
    public boolean isEmpty() {
        return applications.isEmpty() && contacts.isEmpty() && lessons.isEmpty();
    }
}

package dev.onward.service;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Theme;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write of the services is announced, with what it changed; a refused write announces nothing. */
class JournalChangesTest {
    @TempDir
    Path temp;
    TestJournal journal;
    final List<Set<JournalChange>> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp);
        journal.services().changes().listen(heard::add);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void add_application_announcesApplications() {
        journal.journal().add(anApplication().build());

        assertEquals(List.of(Set.of(JournalChange.APPLICATIONS)), heard);
    }

    @Test
    void recordOutcome_announcesOutcomes() {
        long id = journal.journal().add(anApplication().applied(LocalDate.of(2026, 11, 1)).build()).id();
        heard.clear();

        journal.journal().recordOutcome(id, anOutcome().ghosted().on(LocalDate.of(2026, 11, 20)).build());

        assertEquals(List.of(Set.of(JournalChange.OUTCOMES)), heard);
    }

    @Test
    void recordOutcome_refused_announcesNothing() {
        long id = journal.journal().add(anApplication().applied(LocalDate.of(2026, 11, 10)).build()).id();
        heard.clear();

        try {
            journal.journal().recordOutcome(id, anOutcome().rejected().on(LocalDate.of(2026, 11, 1)).build());
        } catch (RuntimeException expected) {
            // dated before the application was sent
        }

        assertEquals(List.of(), heard);
    }

    @Test
    void lessonWrites_announceLessons() {
        LessonDetails details = new LessonDetails("Ask what the team ships each week", Theme.RESEARCH, true,
                Optional.empty(), LessonStatus.NEW);
        long id = journal.lessons().add(details, Optional.empty()).id();
        journal.lessons().changeStatus(id, LessonStatus.PRACTISING);
        journal.lessons().undoDelete(journal.lessons().delete(id));

        assertEquals(4, heard.size());
        heard.forEach(changed -> assertEquals(Set.of(JournalChange.LESSONS), changed));
    }

    @Test
    void deleteApplication_announcesEverythingItTookWithIt() {
        long id = journal.journal().add(anApplication().build()).id();
        heard.clear();

        journal.journal().delete(id);

        assertEquals(List.of(JournalChange.everything()), heard);
    }

    @Test
    void listener_thatFails_doesNotUndoTheWrite() {
        journal.services().changes().listen(changed -> {
            throw new IllegalStateException("a screen went wrong");
        });

        long id = journal.journal().add(anApplication().build()).id();

        assertEquals(true, journal.journal().find(id).isPresent());
    }
}

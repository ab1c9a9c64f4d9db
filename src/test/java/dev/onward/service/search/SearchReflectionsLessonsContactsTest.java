package dev.onward.service.search;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Feedback;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.Theme;
import dev.onward.persistence.search.SqliteSearchIndex;
import dev.onward.service.applications.DeletedApplication;
import dev.onward.service.lessons.LessonService;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reflections, feedback, lessons and contacts are found as soon as they are saved, and forgotten when gone. */
class SearchReflectionsLessonsContactsTest {
    static final String ACME = "Acme Rockets \u2014 Junior Developer";

    @TempDir
    Path temp;
    TestJournal testJournal;
    SearchService search;
    long rejected;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(temp);
        search = new SearchService(new SqliteSearchIndex(testJournal.database()));
        rejected = testJournal.journal().add(anApplication().build()).id();
        testJournal.journal().recordOutcome(rejected, anOutcome().rejected().on(LocalDate.of(2026, 11, 20)).build());
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    /** Each result as "kind: title (detail)". */
    List<String> found(String text) {
        return search.search(text).stream().flatMap(g -> g.results().stream())
                .map(r -> r.kind().key() + ": " + r.title() + r.detail().map(d -> " (" + d + ")").orElse("")).toList();
    }

    Reflection reflection(String reframe, String reasonNote, String ownWords, Feedback feedback) {
        Reflection started = testJournal.reflections().open(rejected);
        return testJournal.reflections().save(started
                .withFeelings(List.of(new NamedFeeling(Feeling.OTHER, Optional.of(ownWords), new Intensity(3))))
                .withReasons(List.of(new ChosenReason(Reason.OTHER, Optional.of(reasonNote), false)))
                .withReframe(Optional.of(reframe)).withFeedback(feedback));
    }

    Feedback feedback(String from, String text) {
        return new Feedback(Optional.of(LocalDate.of(2026, 11, 21)), Optional.of(from), Optional.empty(), Optional.of(text));
    }

    @Test
    void reflection_reframeReasonNotesAndOwnWords_areFoundAndReplacedWhenSavedAgain() {
        reflection("It taught me to ask about the team", "They wanted someone local", "déçu 😶",
                feedback("Dana", "Strong system design, weaker on testing"));
        assertEquals(List.of("reflection: " + ACME), found("taught"));
        assertEquals(List.of("reflection: " + ACME), found("local"));
        assertEquals(List.of("reflection: " + ACME), found("decu"));
        assertEquals(List.of("reflection: " + ACME), found("😶"));
        assertEquals(List.of("feedback: " + ACME), found("weaker testing"));
        assertEquals(List.of("feedback: " + ACME), found("dana"));

        reflection("One door, not the last one", "Budget froze", "calm", feedback("Sam", "No feedback given"));
        assertEquals(List.of(), found("taught"));
        assertEquals(List.of(), found("local"));
        assertEquals(List.of(), found("dana"));
        assertEquals(List.of("reflection: " + ACME), found("budget door"));
        assertEquals(List.of("feedback: " + ACME), found("sam"));
    }

    @Test
    void deleteApplication_forgetsItsReflectionAndFeedback_andUndoBringsThemBack() {
        reflection("It taught me patience", "none", "tired", feedback("Dana", "Good"));
        DeletedApplication removed = testJournal.journal().delete(rejected);
        assertEquals(List.of(), found("patience"));
        assertEquals(List.of(), found("dana"));
        testJournal.journal().undoDelete(removed);
        assertEquals(List.of("reflection: " + ACME), found("patience"));
        assertEquals(List.of("feedback: " + ACME), found("dana"));
    }

    @Test
    void lesson_addEditDelete_keepsTheIndexInStep_withTheThemeAsDetail() {
        LessonService lessons = testJournal.lessons();
        Lesson lesson = lessons.add(LessonDetails.of("Practise the STAR stories aloud", Theme.STORYTELLING), Optional.of(rejected));
        assertEquals(List.of("lesson: " + ACME + " (Storytelling)"), found("star stories"));
        lessons.add(LessonDetails.of("Check the train times the day before", Theme.LOGISTICS), Optional.empty());
        assertEquals(List.of("lesson: Logistics"), found("train"));
        lessons.edit(lesson.id(), LessonDetails.of("Ask one question about the roadmap", Theme.RESEARCH));
        assertEquals(List.of(), found("star"));
        assertEquals(List.of("lesson: " + ACME + " (Research)"), found("roadmap"));
        lessons.delete(lesson.id());
        assertEquals(List.of(), found("roadmap"));
    }

    @Test
    void lesson_ofADeletedApplication_staysFoundUnderItsTheme() {
        testJournal.lessons().add(LessonDetails.of("Bring a printed CV", Theme.PREPARATION), Optional.of(rejected));
        testJournal.journal().delete(rejected);
        assertEquals(List.of("lesson: Preparation"), found("printed"));
    }

    @Test
    void contact_isFoundByNameCompanyRoleAndNotes() {
        testJournal.reflections().keepContact(rejected, new ContactDetails("Léa Martin", Optional.of("Engineering manager"),
                Optional.of("Acme Rockets"), Optional.of("lea@acme.example"), Optional.of("Met at the Lyon meetup"),
                Optional.empty()));
        for (String text : List.of("lea", "martin", "engineering manager", "meetup", "acme")) {
            assertEquals(List.of("contact: Léa Martin"), found(text).stream().filter(f -> f.startsWith("contact")).toList(), text);
        }
    }
}

package dev.onward.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Theme;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.SameThreadTaskRunner;
import dev.onward.ui.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsViewModelTest {
    @TempDir
    Path folder;

    private TestJournal journal;
    private LessonsViewModel model;
    private Lesson stories;

    @BeforeEach
    void open() {
        journal = TestJournal.open(folder);
        model = new LessonsViewModel(journal.lessons(), journal.journal(), new SameThreadTaskRunner());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private void fill() {
        stories = journal.lessons().add(LessonDetails.of("Prepare two stories about teamwork", Theme.STORYTELLING),
                Optional.empty());
        journal.lessons().add(LessonDetails.of("Open with the result, then the story", Theme.STORYTELLING), Optional.empty());
        journal.lessons().add(new LessonDetails("End each story with what I learned", Theme.STORYTELLING, true,
                Optional.of(journal.stageKind("Final round")), LessonStatus.PRACTISING), Optional.empty());
        journal.lessons().add(new LessonDetails("They froze hiring mid-process", Theme.OTHER, false, Optional.empty(),
                LessonStatus.NEW), Optional.empty());
        journal.lessons().addAsRepeat(LessonDetails.of("prepare teamwork stories", Theme.STORYTELLING), Optional.empty(),
                stories.id());
    }

    private List<String> texts() {
        return model.groups().stream().flatMap(g -> g.rows().stream()).map(r -> r.lesson().details().text()).toList();
    }

    @Test
    void load_emptyJournal_saysWhatToDo() {
        model.load();

        assertTrue(model.groups().isEmpty());
        assertTrue(model.journalEmptyProperty().get());
        assertTrue(Messages.text("ui.lessons.empty").contains("Ctrl+L"));
    }

    @Test
    void load_lessons_groupedByThemeWithFocusAreaAndRepeatsCounted() {
        fill();
        model.load();

        assertEquals(List.of(Theme.STORYTELLING, Theme.OTHER), model.groups().stream().map(LessonGroup::theme).toList());
        LessonGroup storytelling = model.groups().get(0);
        assertTrue(storytelling.focusArea());
        assertEquals(4, storytelling.themeCount());
        assertFalse(model.groups().get(1).focusArea());
        LessonRow first = storytelling.rows().stream().filter(r -> r.lesson().id() == stories.id()).findFirst()
                .orElseThrow();
        assertEquals(2, first.timesNoted());
    }

    @Test
    void filters_controlStatusAndStage_narrowTheLessons() {
        fill();
        model.load();

        model.controlFilterProperty().set(Optional.of(false));
        assertEquals(List.of("They froze hiring mid-process"), texts());

        model.controlFilterProperty().set(Optional.empty());
        model.statusFilterProperty().set(Optional.of(LessonStatus.PRACTISING));
        assertEquals(List.of("End each story with what I learned"), texts());

        model.statusFilterProperty().set(Optional.empty());
        StageKind finalRound = model.kinds().stream().filter(k -> k.name().equals("Final round")).findFirst().orElseThrow();
        model.stageFilterProperty().set(Optional.of(finalRound));
        assertEquals(List.of("End each story with what I learned"), texts());
        assertEquals(Optional.of("Final round"), model.groups().get(0).rows().get(0).stageName());
    }

    @Test
    void changeStatus_newToPractisingToHabit_saved() {
        fill();
        model.load();

        model.changeStatus(stories.id(), LessonStatus.PRACTISING);
        assertEquals(LessonStatus.PRACTISING, journal.lessons().find(stories.id()).orElseThrow().details().status());
        model.changeStatus(stories.id(), LessonStatus.HABIT);

        assertEquals(LessonStatus.HABIT, journal.lessons().find(stories.id()).orElseThrow().details().status());
    }

    @Test
    void delete_thenUndo_lessonIsBackWithItsRepeat() {
        fill();
        model.load();

        model.delete(stories.id());
        assertFalse(texts().contains("Prepare two stories about teamwork"));
        assertEquals(Messages.text("ui.lessons.deleted", "Prepare two stories about teamwork"),
                model.undoMessageProperty().get());

        model.undoDelete();

        assertTrue(texts().contains("Prepare two stories about teamwork"));
        assertEquals("", model.undoMessageProperty().get());
        assertEquals(2, journal.lessons().timesNoted().get(stories.id()));
    }

    @Test
    void edit_lesson_savedWithItsStatusKept() {
        fill();
        model.load();
        Lesson practising = journal.lessons().all().stream()
                .filter(l -> l.details().status() == LessonStatus.PRACTISING).findFirst().orElseThrow();

        model.startEdit(practising);
        model.form().textProperty().set("End each story with what I learned from it");
        model.form().save();

        Lesson saved = journal.lessons().find(practising.id()).orElseThrow();
        assertEquals("End each story with what I learned from it", saved.details().text());
        assertEquals(LessonStatus.PRACTISING, saved.details().status());
        assertFalse(model.formOpenProperty().get());
    }

    @Test
    void newLesson_withoutTheme_messageBesideTheField() {
        model.load();
        model.startNew(Optional.empty());
        model.form().textProperty().set("Arrive ten minutes early");

        model.form().save();

        assertEquals(Messages.text("field.theme.required"), model.form().errors().of("theme").get());
        assertTrue(journal.lessons().all().isEmpty());
        assertEquals("Arrive ten minutes early", model.form().textProperty().get());
    }

    @Test
    void newLesson_closeToOneNotedBefore_addAnywayKeepsBoth() {
        fill();
        model.load();
        model.startNew(Optional.empty());
        model.form().textProperty().set("Prepare stories about teamwork");
        model.form().themeProperty().set(Theme.STORYTELLING);

        model.form().save();
        assertFalse(model.form().notedBeforeProperty().get().isEmpty());
        model.form().addAnyway();

        assertEquals(6, journal.lessons().all().size());
        assertTrue(journal.lessons().all().stream().filter(l -> l.details().text().equals("Prepare stories about teamwork"))
                .allMatch(l -> l.repeatOf().isEmpty()));
    }

    @Test
    void reveal_filtersSet_clearsThemInOneReadAndTheMarkGoesWithTheNextRead() {
        fill();
        int[] reads = {0};
        SameThreadTaskRunner sameThread = new SameThreadTaskRunner();
        LessonsViewModel counted = new LessonsViewModel(journal.lessons(), journal.journal(), new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                reads[0]++;
                sameThread.run(work, onSuccess, onFailure);
            }
        });
        counted.statusFilterProperty().set(Optional.of(LessonStatus.HABIT));
        counted.controlFilterProperty().set(Optional.of(false));
        reads[0] = 0;

        counted.reveal(stories.id());

        assertEquals(1, reads[0], "one read for the three filters cleared");
        assertEquals(Optional.empty(), counted.statusFilterProperty().get());
        assertEquals(stories.id(), counted.revealedProperty().get());
        assertEquals(5, counted.groups().stream().mapToLong(g -> g.rows().size()).sum());

        counted.changeStatus(stories.id(), LessonStatus.PRACTISING);

        assertEquals(null, counted.revealedProperty().get(), "a later read does not mark it, nor scroll back to it");
    }
}

package dev.onward.service.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Theme;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonServiceTest {
    @TempDir
    Path temp;
    TestJournal testJournal;
    LessonService lessons;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(temp);
        lessons = testJournal.lessons();
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    Lesson add(String text, Theme theme) {
        return lessons.add(LessonDetails.of(text, theme), Optional.empty());
    }

    @Test
    void from_application_returnsOnlyTheLessonsNotedFromItNewestFirst() {
        long id = testJournal.journal().add(dev.onward.testutil.ApplicationDetailsBuilder.anApplication().build()).id();
        Lesson first = lessons.add(LessonDetails.of("Ask about the team's roadmap", Theme.RESEARCH), Optional.of(id));
        add("Arrive ten minutes early", Theme.LOGISTICS);
        Lesson second = lessons.add(LessonDetails.of("Slow down on the system design", Theme.TECHNICAL_DEPTH),
                Optional.of(id));

        assertEquals(List.of(second.id(), first.id()), lessons.from(id).stream().map(Lesson::id).toList());
        assertEquals(List.of(), lessons.from(id + 1));
    }

    @Test
    void focusAreas_themeSeenThreeTimes_isAFocusAreaAndTwiceIsNot() {
        add("Research the team's product before the call", Theme.RESEARCH);
        add("Read the company's last annual report", Theme.RESEARCH);
        Lesson third = add("Look up the interviewers", Theme.RESEARCH);
        add("Arrive ten minutes early", Theme.LOGISTICS);
        add("Test the video link the day before", Theme.LOGISTICS);
        lessons.changeStatus(third.id(), LessonStatus.HABIT);

        List<FocusArea> areas = lessons.focusAreas();
        assertEquals(List.of(Theme.RESEARCH), areas.stream().map(FocusArea::theme).toList());
        assertEquals(3, areas.get(0).lessons());
        assertEquals(2, areas.get(0).byStatus().get(LessonStatus.NEW));
        assertEquals(1, areas.get(0).byStatus().get(LessonStatus.HABIT));
    }

    @Test
    void similarTo_sameLessonInOtherWords_isFound() {
        Lesson earlier = add("Prepare concrete examples of leading a project", Theme.STORYTELLING);
        add("Arrive ten minutes early", Theme.LOGISTICS);
        assertEquals(List.of(earlier), lessons.similarTo("prepare more concrete examples of projects I led"));
        assertEquals(List.of(), lessons.similarTo("Bring a printed CV"));
        assertEquals(List.of(), lessons.similarTo("   "));
    }

    @Test
    void addAsRepeat_countsAsNotedTwice() {
        Lesson earlier = add("Slow down when explaining designs", Theme.COMMUNICATION);
        Lesson repeat = lessons.addAsRepeat(LessonDetails.of("Speak more slowly about designs", Theme.COMMUNICATION),
                Optional.empty(), earlier.id());
        Map<Long, Integer> times = lessons.timesNoted();
        assertEquals(2, times.get(earlier.id()));
        assertEquals(1, times.get(repeat.id()));
        assertEquals(Optional.of(earlier.id()), lessons.find(repeat.id()).orElseThrow().repeatOf());
    }

    @Test
    void byTheme_filteredByControlAndStatus_groupsInThemeOrder() {
        add("Follow up within two days", Theme.FOLLOW_UP);
        Lesson outside = lessons.add(new LessonDetails("Their budget was cut", Theme.OTHER, false, Optional.empty(),
                LessonStatus.NEW), Optional.empty());
        add("Practise the system design warm-up", Theme.PREPARATION);
        Map<Theme, List<Lesson>> inControl = lessons.byTheme(new LessonFilter(Optional.of(true), Optional.empty(), Optional.empty()));
        assertEquals(List.of(Theme.PREPARATION, Theme.FOLLOW_UP), List.copyOf(inControl.keySet()));
        Map<Theme, List<Lesson>> outOfControl = lessons.byTheme(new LessonFilter(Optional.of(false), Optional.empty(), Optional.empty()));
        assertEquals(List.of(outside), outOfControl.get(Theme.OTHER));
        assertTrue(lessons.byTheme(new LessonFilter(Optional.empty(), Optional.of(LessonStatus.HABIT), Optional.empty())).isEmpty());
    }

    @Test
    void delete_thenUndo_bringsTheLessonBack() {
        Lesson lesson = add("Ask about the team's on-call", Theme.RESEARCH);
        DeletedLesson removed = lessons.delete(lesson.id());
        assertEquals(List.of(), lessons.all());
        lessons.undoDelete(removed);
        assertEquals(List.of(lesson), lessons.all());
    }

    @Test
    void delete_thenUndo_repeatsAreLinkedAgain() {
        Lesson first = add("Prepare two stories about teamwork", Theme.STORYTELLING);
        lessons.addAsRepeat(LessonDetails.of("prepare teamwork stories", Theme.STORYTELLING), Optional.empty(), first.id());

        DeletedLesson removed = lessons.delete(first.id());
        assertTrue(lessons.all().stream().allMatch(l -> l.repeatOf().isEmpty()));
        lessons.undoDelete(removed);

        assertEquals(2, lessons.timesNoted().get(first.id()));
    }

    @Test
    void prepareFor_aKindOfStage_itsLessonsButNotHabitsOrRepeatsThenAFewOfEachFocusArea() {
        long kind = testJournal.stageKind("Phone screen");
        Lesson stage = lessons.add(new LessonDetails("Think aloud", Theme.TECHNICAL_DEPTH, true, Optional.of(kind),
                LessonStatus.NEW), Optional.empty());
        lessons.add(new LessonDetails("Ask about sizes", Theme.TECHNICAL_DEPTH, true, Optional.of(kind), LessonStatus.HABIT),
                Optional.empty());
        lessons.addAsRepeat(new LessonDetails("Think aloud again", Theme.TECHNICAL_DEPTH, true, Optional.of(kind),
                LessonStatus.NEW), Optional.empty(), stage.id());
        for (int i = 1; i <= 5; i++) {
            add("Story " + i, Theme.STORYTELLING);
        }
        add("Once about research", Theme.RESEARCH);
        add("story 5 ", Theme.STORYTELLING);   // the same words again, not linked as a repeat

        PrepareChecklist checklist = lessons.prepareFor(kind);

        assertEquals(List.of("Think aloud"), checklist.forTheStage().stream().map(l -> l.details().text()).toList());
        assertEquals(List.of(Theme.STORYTELLING, Theme.TECHNICAL_DEPTH), checklist.focusAreas());
        assertEquals(LessonService.FROM_EACH_FOCUS_AREA, checklist.fromFocusAreas().size());
        assertEquals(List.of("story 5", "Story 4", "Story 3"),   // the newest words kept
                checklist.fromFocusAreas().stream().map(l -> l.details().text()).toList());
        assertTrue(lessons.prepareFor(testJournal.stageKind("Applied")).forTheStage().isEmpty());
    }

    @Test
    void prepareFor_noLessonsYet_isEmpty() {
        assertTrue(lessons.prepareFor(testJournal.stageKind("Applied")).isEmpty());
    }
}

package dev.onward.ui.search;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.StageBuilder.aStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.Navigator;
import dev.onward.ui.SameThreadTaskRunner;
import dev.onward.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {
    @TempDir
    Path temp;
    TestJournal journal;
    final List<String> opened = new ArrayList<>();
    long munich;

    final Navigator navigator = new Navigator() {
        @Override
        public void showApplication(long id) {
            opened.add("application " + id);
        }

        @Override
        public void newApplication() {
            opened.add("new");
        }

        @Override
        public void reflectOn(long applicationId) {
            opened.add("reflect " + applicationId);
        }

        @Override
        public void newLesson(Optional<Long> applicationId) {
            opened.add("lesson");
        }

        @Override
        public void prepare(long stageKindId, String what) {
            opened.add("prepare " + stageKindId);
        }

        @Override
        public void showLesson(long id) {
            opened.add("lesson " + id);
        }

        @Override
        public void show(String id) {
            opened.add("screen " + id);
        }
    };

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp);
        munich = journal.journal().add(anApplication().company("München Labs").role("Data Analyst").build()).id();
        journal.journal().addStage(munich, aStage(journal.stageKind("Recruiter screen")).on(LocalDate.of(2026, 3, 12))
                .peopleMet("Ana, head of data").notes("Asked about München office hours").build());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    SearchViewModel model(TaskRunner runner) {
        return new SearchViewModel(journal.services().search(), runner, navigator);
    }

    @Test
    void search_accentlessPrefix_groupsApplicationAndStageWithMarks() {
        SearchViewModel model = model(new SameThreadTaskRunner());
        model.search("munch");
        List<SearchRow> rows = model.rows();
        assertEquals(new SearchRow.Heading("Applications", false), rows.get(0));
        SearchRow.Hit first = (SearchRow.Hit) rows.get(1);
        assertTrue(first.result().title().startsWith("München Labs"), first.result().title());
        assertTrue(rows.contains(new SearchRow.Heading("Stages", false)), rows.toString());
        assertFalse(first.result().snippet().marks().isEmpty(), "the match is marked in the snippet");
        assertTrue(model.statusProperty().get().endsWith("Enter opens."), model.statusProperty().get());
    }

    @Test
    void search_operatorCharactersOnly_showNothingFoundWithoutError() {
        SearchViewModel model = model(new SameThreadTaskRunner());
        for (String text : new String[] {"\"", "*", "-", "(", "NEAR", "AND", "'; DROP TABLE application; --"}) {
            model.search(text);
            assertEquals(List.of(), model.rows(), text);
            assertEquals(Messages.text("ui.search.nothing", text.strip()), model.statusProperty().get(), text);
        }
        assertEquals(1, journal.journal().list(dev.onward.service.applications.ApplicationFilter.ALL).size());
    }

    @Test
    void search_blank_clearsResultsAndShowsTheHint() {
        SearchViewModel model = model(new SameThreadTaskRunner());
        model.search("labs");
        assertFalse(model.rows().isEmpty());
        model.search("   ");
        assertTrue(model.rows().isEmpty());
        assertEquals(Messages.text("ui.search.hint"), model.statusProperty().get());
    }

    @Test
    void search_olderQueryAnsweringLate_isDropped() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                pending.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        };
        SearchViewModel model = model(later);
        model.search("labs");
        model.search("nothing-like-this");
        pending.get(1).run();
        pending.get(0).run();
        assertEquals(List.of(), model.rows(), "the answer to the older query must not replace the newer one");
    }

    @Test
    void open_hitAndHeading_opensTheApplicationOnlyForAHit() {
        SearchViewModel model = model(new SameThreadTaskRunner());
        model.search("labs");
        assertFalse(model.open(model.rows().get(0)));
        assertTrue(model.open(model.firstHit().orElseThrow()));
        assertEquals(List.of("application " + munich), opened);
    }
}

package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.ui.SameThreadTaskRunner;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the Applications screen reads the journal again because something changed elsewhere (another
 * screen, or another process such as {@code onward import}), the words the user is typing in the
 * detail pane stay; a form nobody touched shows what the journal now holds.
 */
class TypingSurvivesARereadTest {
    @TempDir
    Path folder;
    TestJournal testJournal;
    ApplicationsViewModel model;
    Application acme;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(folder);
        acme = testJournal.journal().add(anApplication().company("Acme").notes("first notes").build());
        model = new ApplicationsViewModel(testJournal.journal(), new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK,
                new DateText(Locale.UK));
        model.load();
        model.select(acme.id());
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    @Test
    void notesBeingTyped_stayWhenTheScreenReadsAgain() {
        model.detail().form().notesProperty().set("half a thought I have not saved");
        testJournal.journal().add(ApplicationDetails.of("Other", "Role")); // a change made elsewhere

        model.load();

        assertEquals("half a thought I have not saved", model.detail().form().notesProperty().get());
        assertEquals(2, model.rows().size(), "the list is read again all the same");
    }

    @Test
    void aStageBeingTyped_staysWhenTheScreenReadsAgain() {
        model.detail().stageFormOpenProperty().set(true);
        model.detail().stageForm().notesProperty().set("they asked about queues");

        model.load();

        assertEquals("they asked about queues", model.detail().stageForm().notesProperty().get());
    }

    @Test
    void anUntouchedForm_showsWhatChangedElsewhere() {
        testJournal.journal().edit(acme.id(), anApplication().company("Acme").notes("changed elsewhere").build());

        model.load();

        assertEquals("changed elsewhere", model.detail().form().notesProperty().get());
    }
}

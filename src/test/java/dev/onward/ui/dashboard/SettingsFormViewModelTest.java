package dev.onward.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.FormField;
import dev.onward.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targets form shows both wrong fields after one save and drops a message once its field is right. */
class SettingsFormViewModelTest {
    @TempDir
    Path folder;
    private TestJournal journal;
    private SettingsFormViewModel form;
    private int saved;

    @BeforeEach
    void open() {
        journal = TestJournal.open(folder);
        form = new SettingsFormViewModel(journal.settings(), new SameThreadTaskRunner(), () -> saved++);
        form.open();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void save_targetZeroAndDaysNotANumber_showsBothSavesNothing() {
        form.weeklyTargetProperty().set("0");
        form.ghostDaysProperty().set("abc");

        form.save();

        assertEquals(Messages.text("field.weeklyTarget.range", 1, 100),
                form.errors().of(FormField.WEEKLY_TARGET).get());
        assertEquals(Messages.text("dashboard.settings.number", 21),
                form.errors().of(FormField.GHOST_DAYS).get());
        assertTrue(form.openProperty().get());
        assertEquals(0, saved);
        assertEquals(5, journal.settings().insightSettings().weeklyTarget());
    }

    @Test
    void edit_fieldMadeRight_itsMessageGoesBeforeSaving() {
        form.weeklyTargetProperty().set("0");
        form.ghostDaysProperty().set("abc");
        form.save();

        form.weeklyTargetProperty().set("3");

        assertEquals("", form.errors().of(FormField.WEEKLY_TARGET).get());
        assertFalse(form.errors().of(FormField.GHOST_DAYS).get().isEmpty());
        form.ghostDaysProperty().set("30");
        form.save();
        assertEquals(1, saved);
        assertEquals(3, journal.settings().insightSettings().weeklyTarget());
    }
}

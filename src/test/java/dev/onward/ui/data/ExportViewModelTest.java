package dev.onward.ui.data;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.testutil.TestJournal;
import dev.onward.ui.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path temp;

    TestJournal journal;
    ExportViewModel model;

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp.resolve("data"));
        journal.journal().add(anApplication().company("Café Lumière").role("Designer").build());
        model = new ExportViewModel(journal.services().exchange(), journal.services().formats(), new SameThreadTaskRunner(),
                TestJournal.FIXED_CLOCK);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void export_everyChoice_writesTheFileAndNamesIt() throws IOException {
        for (ExportChoice choice : ExportChoice.values()) {
            Path out = temp.resolve(model.suggestedName(choice));

            model.export(choice, out);

            assertTrue(Files.size(out) > 0, choice + " wrote nothing");
            assertEquals("Wrote " + out.toAbsolutePath(), model.resultProperty().get());
            assertFalse(model.busyProperty().get());
        }
        assertTrue(Files.readString(temp.resolve("onward-2026-11-24.json")).contains("\"format\""));
        assertTrue(Files.readString(temp.resolve("onward-applications-2026-11-24.csv")).contains("Café Lumière"));
    }

    @Test
    void export_nameWithoutEnding_getsTheChoicesEnding() {
        model.export(ExportChoice.PLAYBOOK, temp.resolve("my playbook"));

        assertTrue(Files.exists(temp.resolve("my playbook.md")));
        assertTrue(model.resultProperty().get().endsWith("my playbook.md"));
    }

    @Test
    void export_intoAFolderThatIsGone_saysSoAndWritesNothing() {
        Path out = temp.resolve("gone/onward.json");

        model.export(ExportChoice.JSON, out);

        assertTrue(model.failureProperty().get().contains(out.toString()), model.failureProperty().get());
        assertEquals("", model.resultProperty().get());
        assertFalse(Files.exists(out));
    }
}

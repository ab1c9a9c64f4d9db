package dev.onward.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onward.domain.InvalidValueException;
import dev.onward.service.insight.InsightSettings;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {
    @TempDir
    Path temp;

    @Test
    void insightSettings_newJournal_areTheDefaults() {
        try (TestJournal journal = TestJournal.open(temp)) {
            assertEquals(InsightSettings.DEFAULT, journal.settings().insightSettings());
        }
    }

    @Test
    void save_validValues_areKeptAcrossReopening() {
        try (TestJournal journal = TestJournal.open(temp)) {
            journal.settings().save(3, 14);
        }
        try (TestJournal journal = TestJournal.open(temp)) {
            assertEquals(new InsightSettings(3, 14), journal.settings().insightSettings());
        }
    }

    @Test
    void save_outOfRange_namesTheFieldAndKeepsThePreviousValues() {
        try (TestJournal journal = TestJournal.open(temp)) {
            journal.settings().save(4, 30);
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> journal.settings().save(0, 30));
            assertEquals("weeklyTarget", e.field());
            assertThrows(InvalidValueException.class, () -> journal.settings().save(4, 400));
            assertEquals(new InsightSettings(4, 30), journal.settings().insightSettings());
        }
    }

    @Test
    void insights_throughTheService_readsTheRealFile() {
        try (TestJournal journal = TestJournal.open(temp)) {
            journal.journal().add(dev.onward.testutil.ApplicationDetailsBuilder.anApplication()
                    .applied(java.time.LocalDate.of(2026, 11, 23)).build());
            var figures = journal.insights().insights(journal.settings().insightSettings(),
                    dev.onward.service.insight.ChartRange.ALL);
            assertEquals(1, figures.applications());
            assertEquals(1, figures.thisWeek());
            assertEquals(1, figures.streakWeeks());
        }
    }
}

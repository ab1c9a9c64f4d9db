package dev.onward.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.domain.Status;
import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.FunnelLevel;
import dev.onward.service.insight.Insights;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import dev.onward.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's model on a real journal, without a stage: figures in words, no reply, snooze, period. */
class DashboardViewModelTest {
    @TempDir
    Path folder;

    private TestJournal journal;
    private DashboardViewModel model;

    @BeforeEach
    void open() {
        journal = TestJournal.open(folder);
        FigureText text = new FigureText(new DateText(Locale.UK), Locale.UK);
        model = new DashboardViewModel(journal.insights(), journal.settings(), journal.journal(),
                new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK, text);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void refresh_emptyJournal_warnsOfEmptyPipelineAndSaysWhatToLog() {
        model.refresh();

        assertTrue(model.pipelineEmptyProperty().get());
        assertEquals("0", model.pipelineProperty().get());
        assertEquals("0 of 5", model.thisWeekProperty().get());
        assertEquals("0 weeks", model.streakProperty().get());
        assertEquals(Messages.text("dashboard.none"), model.momentumProperty().get());
        assertEquals(Messages.text("dashboard.momentum.noRejections"), model.notFollowedProperty().get());
        assertFalse(model.quietWeekProperty().get());
        assertTrue(model.ghosts().isEmpty());
        assertEquals("No active application has been quiet for 21 days or more.", model.ghostsEmptyProperty().get());
        assertEquals(List.of("Needs a few more rated interviews."),
                model.text().calibrationSentences(model.insightsProperty().get().calibration()));
    }

    @Test
    void refresh_filledJournal_headlineFiguresInWords() {
        DashboardJournal.fill(journal);

        model.refresh();

        assertFalse(model.pipelineEmptyProperty().get());
        assertEquals("3", model.pipelineProperty().get());
        assertEquals("active applications", model.pipelineNoteProperty().get());
        assertEquals("1 of 5", model.thisWeekProperty().get());
        assertEquals("applications since Monday, against your target of 5", model.thisWeekNoteProperty().get());
        assertEquals("1 week", model.streakProperty().get());
        assertEquals("3 days", model.momentumProperty().get());
        assertEquals("All time: 41.5 days", model.momentumAllTimeProperty().get());
        assertEquals("Every rejection so far was followed by an application.", model.notFollowedProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void refresh_filledJournal_listsInWords() {
        DashboardJournal fixture = DashboardJournal.fill(journal);

        model.refresh();

        FigureText text = model.text();
        assertEquals(1, model.ghosts().size());
        assertEquals(fixture.quiet, model.ghosts().get(0).applicationId());
        assertEquals("Café Lumière \u2014 Designer", text.ghostTitle(model.ghosts().get(0)));
        assertEquals("No news for 84 days, since " + text.dates().show(LocalDate.of(2026, 9, 1)),
                text.ghostQuiet(model.ghosts().get(0)));
        Insights figures = model.insightsProperty().get();
        assertEquals(List.of("Technical interview \u2014 Lumen Labs", "Get back in touch with Dana Ruiz"),
                figures.upcoming().stream().map(text::upcoming).toList());
        assertEquals("Since then: 7 applications, 3 stages, 1 offer.", text.since(figures.onThisDay().get(0)));
        assertEquals("1 of the 2 reasons you picked were outside your control.", text.reasonsSummary(figures.reasons()));
        assertEquals(List.of("Nov 2026: Angry \u00d71 at 2.0, Disappointed \u00d71 at 4.0"), text.feelingLines(figures.feelings()));
        assertEquals(List.of("Needs a few more rated interviews."), text.calibrationSentences(figures.calibration()));
        assertEquals("Research: 3 lessons \u2014 3 new, 0 practising, 0 a habit", text.focusArea(figures.focusAreas().get(0)));
    }

    @Test
    void refresh_filledJournal_funnelByFurthestStage() {
        DashboardJournal.fill(journal);

        model.refresh();

        List<FunnelLevel> funnel = model.insightsProperty().get().funnel();
        assertEquals(new FunnelLevel("Applied", 8, 0, 2, 0, 0, 3), funnel.get(0));
        assertEquals(new FunnelLevel("Recruiter screen", 3, 0, 1, 0, 0, 0), funnel.get(1));
        assertEquals(new FunnelLevel("Final round", 2, 1, 1, 0, 0, 0), funnel.get(7));
    }

    @Test
    void range_last30Days_chartsCoverOnlyRecentApplications() {
        DashboardJournal.fill(journal);
        model.refresh();

        model.rangeProperty().set(ChartRange.LAST_30_DAYS);

        Insights figures = model.insightsProperty().get();
        assertEquals(new FunnelLevel("Applied", 2, 0, 0, 0, 0, 2), figures.funnel().get(0));
        assertTrue(figures.reasons().isEmpty());
        assertEquals("3", model.pipelineProperty().get());
    }

    @Test
    void markNoReply_suspectedGhost_recordsNoReplyTodayAndHandsOnTheId() {
        DashboardJournal fixture = DashboardJournal.fill(journal);
        model.refresh();
        List<Long> reflectedOn = new ArrayList<>();

        model.markNoReply(model.ghosts().get(0), reflectedOn::add);

        assertEquals(List.of(fixture.quiet), reflectedOn);
        var marked = journal.journal().find(fixture.quiet).orElseThrow();
        assertEquals(Status.GHOSTED, marked.status());
        assertEquals(LocalDate.of(2026, 11, 24), marked.outcome().orElseThrow().date());
        assertTrue(model.ghosts().isEmpty());
        assertEquals("2", model.pipelineProperty().get());
    }

    @Test
    void snooze_suspectedGhost_hiddenWithoutWritingAnything() {
        DashboardJournal fixture = DashboardJournal.fill(journal);
        model.refresh();

        model.snooze(model.ghosts().get(0));
        model.refresh();

        assertTrue(model.ghosts().isEmpty());
        assertEquals(Status.ACTIVE, journal.journal().find(fixture.quiet).orElseThrow().status());
        assertEquals(1, model.insightsProperty().get().suspectedGhosts().size());
    }

    @Test
    void settingsForm_saved_figuresUseTheNewTargetAndWait() {
        DashboardJournal.fill(journal);
        model.refresh();
        SettingsFormViewModel form = model.settingsForm();

        form.open();
        assertEquals("5", form.weeklyTargetProperty().get());
        assertEquals("21", form.ghostDaysProperty().get());
        form.weeklyTargetProperty().set("1");
        form.ghostDaysProperty().set("90");
        form.save();

        assertFalse(form.openProperty().get());
        assertEquals("1 of 1", model.thisWeekProperty().get());
        assertEquals("applications since Monday; your target of 1 is met", model.thisWeekNoteProperty().get());
        assertTrue(model.ghosts().isEmpty());
    }

    @Test
    void settingsForm_notANumberOrOutOfRange_showsMessageSavesNothing() {
        SettingsFormViewModel form = model.settingsForm();
        form.open();

        form.weeklyTargetProperty().set("five");
        form.ghostDaysProperty().set("400");
        form.save();
        assertEquals("Write a whole number, like 5.", form.errors().of(FormField.WEEKLY_TARGET).get());
        assertTrue(form.openProperty().get());

        form.weeklyTargetProperty().set("5");
        form.save();
        assertEquals(Messages.text("field.ghostDays.range", 1, 365), form.errors().of(FormField.GHOST_DAYS).get());
        assertEquals("", form.errors().of(FormField.WEEKLY_TARGET).get());
        assertEquals(21, journal.settings().insightSettings().ghostDays());
    }

    @Test
    void insights_beforeRefresh_areNotThereYet() {
        assertNull(model.insightsProperty().get());
        assertEquals(Messages.text("dashboard.none"), model.pipelineProperty().get());
    }
}

package dev.onward.service.insight;

import static dev.onward.service.insight.GoldenJournal.FINAL;
import static dev.onward.service.insight.GoldenJournal.RECRUITER;
import static dev.onward.service.insight.GoldenJournal.TECHNICAL;
import static dev.onward.service.insight.GoldenJournal.feeling;
import static dev.onward.service.insight.GoldenJournal.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.Feeling;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Reason;
import dev.onward.domain.Theme;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden figures over a 40-application journal built by hand. "Today" is Tuesday 24 November 2026;
 * the week began on Monday 23 November. The comments give the arithmetic behind each answer.
 */
class InsightServiceTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    static Insights figures;

    @BeforeAll
    static void build() {
        GoldenJournal j = new GoldenJournal();
        // 10 rejected at the application itself, no stage; rejected 15 Jun, next application 1 Sep: 78 days each.
        for (int i = 0; i < 10; i++) {
            j.add("2026-06-01", OutcomeKind.REJECTED, "2026-06-15");
        }
        // 8 reached a recruiter screen (rated 3): 3 rejected 31 Aug (next application 1 Sep: 1 day), 2 no reply, 3 active.
        for (int i = 0; i < 3; i++) {
            j.add("2026-06-01", OutcomeKind.REJECTED, "2026-08-31", RECRUITER, 3, "2026-06-10");
        }
        j.add("2026-06-01", OutcomeKind.GHOSTED, "2026-07-20", RECRUITER, 3, "2026-06-10");
        j.add("2026-06-01", OutcomeKind.GHOSTED, "2026-07-20", RECRUITER, 3, "2026-06-10");
        j.add("2026-06-01", null, null, RECRUITER, 3, "2026-10-20");   // quiet 35 days: suspected no reply
        j.add("2026-06-01", null, null, RECRUITER, 3, "2026-10-20");   // quiet 35 days: suspected no reply
        j.add("2026-06-01", null, null, RECRUITER, 3, "2026-11-10");   // quiet 14 days
        // 6 reached a technical interview: 2 rejected 11 Nov (next application 17 Nov: 6 days), 1 withdrew, 3 active.
        long techRejected = j.add("2026-06-01", OutcomeKind.REJECTED, "2026-11-11", TECHNICAL, 0, "2026-11-02");
        j.add("2026-06-01", OutcomeKind.REJECTED, "2026-11-11", TECHNICAL, 0, "2026-11-02");
        j.add("2026-06-01", OutcomeKind.WITHDREW, "2026-11-01", TECHNICAL, 0, "2026-10-01");
        j.add("2026-06-01", null, null, TECHNICAL, 0, "2026-11-03");   // quiet exactly 21 days: suspected
        j.add("2026-06-01", null, null, TECHNICAL, 0, "2026-11-04");   // quiet 20 days: not yet
        j.add("2026-06-01", null, null, TECHNICAL, 0, "2026-11-20");
        // 9 reached a final round, each rated 1: 3 offers, 6 rejected 5 Nov (next application 10 Nov: 5 days).
        for (int i = 0; i < 3; i++) {
            j.add("2026-06-01", OutcomeKind.OFFER, "2026-11-06", FINAL, 1, "2026-10-28");
        }
        long finalRejected = j.add("2026-06-01", OutcomeKind.REJECTED, "2026-11-05", FINAL, 1, "2026-10-28");
        for (int i = 0; i < 5; i++) {
            j.add("2026-06-01", OutcomeKind.REJECTED, "2026-11-05", FINAL, 1, "2026-10-28");
        }
        // 7 active with no stage: two old and quiet, five recent ones that make a 4-week streak.
        j.add("2026-09-01", null, null);
        j.add("2026-09-02", null, null);
        j.add("2026-11-03", null, null);
        j.add("2026-11-10", null, null);
        j.add("2026-11-17", null, null);
        j.add("2026-11-23", null, null);
        j.add("2026-11-24", null, null, FINAL, 0, "2026-12-01");      // a final round scheduled next week
        j.reflect(finalRejected, List.of(feeling(Feeling.DISAPPOINTED, 4), feeling(Feeling.ANGRY, 2)),
                List.of(reason(Reason.INTERNAL_CANDIDATE), reason(Reason.NOT_SEEN)));
        j.reflect(techRejected, List.of(feeling(Feeling.DISAPPOINTED, 2)),
                List.of(reason(Reason.INTERNAL_CANDIDATE), new ChosenReason(Reason.OTHER, Optional.of("I rushed the demo"), true)));
        j.lesson("Read the team's engineering blog", Theme.RESEARCH);
        j.lesson("Look up the interviewers", Theme.RESEARCH);
        j.lesson("Know the product's pricing", Theme.RESEARCH);
        j.lesson("Test the video link", Theme.LOGISTICS);
        j.lesson("Leave early for onsites", Theme.LOGISTICS);
        j.contact("Dana Ruiz", "2026-12-05");
        j.contact("Lee Park", "2026-12-20");                                 // beyond the 14 days
        figures = InsightService.compute(j.data(), InsightSettings.DEFAULT, ChartRange.ALL, TODAY);
    }

    @Test
    void headline_countsEveryStatus() {
        assertEquals(40, figures.applications());
        assertEquals(13, figures.active());      // 3 recruiter + 3 technical + 7 without stage
        assertEquals(3, figures.offers());
        assertEquals(21, figures.rejections());  // 10 + 3 + 2 + 6
        assertEquals(2, figures.ghosted());
        assertEquals(1, figures.withdrawn());
        assertEquals(5, figures.lessons());
    }

    @Test
    void thisWeekAndStreak_countMondayToSunday() {
        assertEquals(2, figures.thisWeek());     // 23 and 24 Nov
        assertEquals(5, figures.weeklyTarget());
        assertEquals(4, figures.streakWeeks());  // weeks of 23, 16, 9 and 2 Nov; none in the week of 26 Oct
    }

    @Test
    void momentum_medianDaysFromRejectionToNextApplication() {
        // all time: 1,1,1, 5×6, 6,6, 78×10 -> 21 gaps, the 11th is 6
        assertEquals(OptionalDouble.of(6), figures.momentumMedianDays());
        // since 27 Aug: 1,1,1, 5×6, 6,6 -> 11 gaps, the 6th is 5
        assertEquals(OptionalDouble.of(5), figures.momentumMedianDays90());
        assertEquals(0, figures.rejectionsNotFollowed());
        assertFalse(figures.quietWeek());
    }

    @Test
    void suspectedGhosts_activeAndQuietForTwentyOneDaysOrMore() {
        // 2 sent in September (84 and 83 days), 2 recruiter (35 days), 1 technical and the one sent 3 Nov (21 days)
        assertEquals(List.of(84L, 83L, 35L, 35L, 21L, 21L), figures.suspectedGhosts().stream().map(SuspectedGhost::quietDays).toList());
    }

    @Test
    void upcoming_nextFourteenDaysOfStagesAndKeepInTouch() {
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5)),
                figures.upcoming().stream().map(UpcomingItem::day).toList());
        assertEquals("Final round \u2014 Company 40", figures.upcoming().get(0).title());
        assertEquals(UpcomingItem.Kind.KEEP_IN_TOUCH, figures.upcoming().get(1).kind());
    }

    @Test
    void funnel_countsByFurthestStageReachedNotByLastStatus() {
        List<FunnelLevel> funnel = figures.funnel();
        assertEquals(9, funnel.size());
        assertEquals(new FunnelLevel("Applied", 40, 0, 10, 0, 0, 7), funnel.get(0));
        assertEquals(new FunnelLevel("Recruiter screen", 23, 0, 3, 2, 0, 3), funnel.get(1));
        assertEquals(new FunnelLevel("Phone screen", 15, 0, 0, 0, 0, 0), funnel.get(2));
        assertEquals(new FunnelLevel("Technical interview", 15, 0, 2, 0, 1, 3), funnel.get(4));
        assertEquals(new FunnelLevel("Onsite", 9, 0, 0, 0, 0, 0), funnel.get(6));
        assertEquals(new FunnelLevel("Final round", 9, 3, 6, 0, 0, 0), funnel.get(7));
        assertEquals(new FunnelLevel("Offer", 0, 0, 0, 0, 0, 0), funnel.get(8));
    }

    @Test
    void reasons_countedWithTheirControl() {
        assertEquals(List.of(new ReasonCount(Reason.NOT_SEEN, 1, 0), new ReasonCount(Reason.INTERNAL_CANDIDATE, 2, 2),
                new ReasonCount(Reason.OTHER, 1, 0)), figures.reasons());
    }

    @Test
    void feelings_averagedPerMonthOfTheOutcome() {
        assertEquals(List.of(new FeelingMonth(YearMonth.of(2026, 11), Feeling.ANGRY, 1, 2.0),
                new FeelingMonth(YearMonth.of(2026, 11), Feeling.DISAPPOINTED, 2, 3.0)), figures.feelings());
    }

    @Test
    void calibration_sentenceOnlyFromEightRatedStages() {
        CalibrationRow recruiter = figures.calibration().get(0);
        assertEquals("Recruiter screen", recruiter.stage());
        assertEquals(5, recruiter.rated());      // 3 rejected + 2 no reply; the 3 active are not known yet
        assertEquals(0, recruiter.advanced());
        assertEquals(Optional.empty(), recruiter.sentence());
        CalibrationRow finals = figures.calibration().get(1);
        assertEquals(9, finals.rated());
        assertEquals(3, finals.advanced());
        assertEquals(Optional.of("Your final round ratings run lower than the results: 3 of 9 led further, though you rated"
                + " them 1.0 out of 5 on average."), finals.sentence());
    }

    @Test
    void focusAreas_themesSeenThreeTimes() {
        assertEquals(List.of(Theme.RESEARCH), figures.focusAreas().stream().map(f -> f.theme()).toList());
    }

    @Test
    void onThisDay_leapDay_looksAtTheLastDayOfFebruaryWithSlack() {
        GoldenJournal j = new GoldenJournal();
        long rejected = j.add("2027-02-01", OutcomeKind.REJECTED, "2027-03-02");  // 28 Feb 2027 + 2 days
        j.add("2027-02-20", null, null);                                          // 8 days before: outside
        j.add("2027-06-01", OutcomeKind.OFFER, "2027-07-01", FINAL, 4, "2027-06-20");
        Clock leapDay = Clock.fixed(Instant.parse("2028-02-29T12:00:00Z"), ZoneOffset.UTC);
        List<OnThisDayItem> items = InsightService.compute(j.data(), InsightSettings.DEFAULT, ChartRange.ALL, leapDay).onThisDay();
        assertEquals(1, items.size());
        assertEquals(rejected, items.get(0).applicationId());
        assertEquals(1, items.get(0).applicationsSince());
        assertEquals(1, items.get(0).stagesSince());
        assertEquals(1, items.get(0).offersSince());
    }

    @Test
    void streak_acrossTheYearBoundary_keepsCounting() {
        GoldenJournal j = new GoldenJournal();
        j.add("2025-12-15", null, null);
        j.add("2025-12-24", null, null);
        j.add("2025-12-31", null, null);   // the week of Mon 29 Dec 2025 runs into 2026
        j.add("2026-01-06", null, null);
        Clock january = Clock.fixed(Instant.parse("2026-01-12T08:00:00Z"), ZoneOffset.UTC);  // a Monday, nothing yet
        Insights early = InsightService.compute(j.data(), InsightSettings.DEFAULT, ChartRange.ALL, january);
        assertEquals(4, early.streakWeeks());
        assertEquals(0, early.thisWeek());
    }

    @Test
    void momentum_rejectionWithNothingSince_isCountedAndMedianNeedsData() {
        GoldenJournal j = new GoldenJournal();
        j.add("2026-10-01", OutcomeKind.REJECTED, "2026-11-20");
        Insights few = InsightService.compute(j.data(), InsightSettings.DEFAULT, ChartRange.ALL, TODAY);
        assertEquals(1, few.rejectionsNotFollowed());
        assertEquals(OptionalDouble.empty(), few.momentumMedianDays());
        assertTrue(few.calibration().isEmpty());
    }

    @Test
    void chartRange_last30Days_keepsOnlyApplicationsSentInIt() {
        GoldenJournal j = new GoldenJournal();
        j.add("2026-06-01", OutcomeKind.REJECTED, "2026-06-15");
        j.add("2026-11-20", null, null);
        Insights month = InsightService.compute(j.data(), InsightSettings.DEFAULT, ChartRange.LAST_30_DAYS, TODAY);
        assertEquals(1, month.funnel().get(0).reached());
        assertEquals(2, month.applications());
    }
}

package dev.onward.service.insight;

import dev.onward.service.lessons.FocusArea;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The dashboard's figures, all from the user's own data.
 *
 * @param applications every application
 * @param active applications not ended: the pipeline
 * @param offers applications that ended in an offer
 * @param rejections applications that ended in a rejection
 * @param ghosted applications that ended with no reply
 * @param withdrawn applications the user withdrew
 * @param lessons lessons noted
 * @param thisWeek applications sent this week (Monday to Sunday)
 * @param weeklyTarget the weekly target
 * @param streakWeeks weeks in a row with at least one application
 * @param momentumMedianDays median days from a rejection to the next application, all time
 * @param momentumMedianDays90 the same over rejections of the last 90 days
 * @param rejectionsNotFollowed rejections with no application sent since
 * @param quietWeek whether nothing has happened in the last 7 days
 * @param suspectedGhosts active applications quiet for the set number of days
 * @param upcoming stages and keep-in-touch days in the next 14 days
 * @param funnel the funnel by furthest stage reached, in stage order
 * @param reasons how often each reason was chosen
 * @param feelings feelings per month
 * @param calibration ratings against results, per kind of stage
 * @param focusAreas lesson themes seen three times or more
 * @param onThisDay what happened a year ago, with what has happened since
 */
public record Insights(int applications, int active, int offers, int rejections, int ghosted, int withdrawn, int lessons,
        int thisWeek, int weeklyTarget, int streakWeeks, OptionalDouble momentumMedianDays, OptionalDouble momentumMedianDays90,
        int rejectionsNotFollowed, boolean quietWeek, List<SuspectedGhost> suspectedGhosts, List<UpcomingItem> upcoming,
        List<FunnelLevel> funnel, List<ReasonCount> reasons, List<FeelingMonth> feelings, List<CalibrationRow> calibration,
        List<FocusArea> focusAreas, List<OnThisDayItem> onThisDay) {

    /** Copies the lists. */
    public Insights {
        suspectedGhosts = List.copyOf(suspectedGhosts);
        upcoming = List.copyOf(upcoming);
        funnel = List.copyOf(funnel);
        reasons = List.copyOf(reasons);
        feelings = List.copyOf(feelings);
        calibration = List.copyOf(calibration);
        focusAreas = List.copyOf(focusAreas);
        onThisDay = List.copyOf(onThisDay);
    }
}

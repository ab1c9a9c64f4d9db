package dev.onward.ui.dashboard;

import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.service.insight.CalibrationRow;
import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.FeelingMonth;
import dev.onward.service.insight.OnThisDayItem;
import dev.onward.service.insight.ReasonCount;
import dev.onward.service.insight.SuspectedGhost;
import dev.onward.service.insight.UpcomingItem;
import dev.onward.service.lessons.FocusArea;
import dev.onward.ui.DateText;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The dashboard's figures in words, as the user reads them: every sentence comes from the message bundle. */
public final class FigureText {
    private final DateText dates;
    private final Locale locale;

    /** Figures with days written by {@code dates} and months in {@code locale}. */
    public FigureText(DateText dates, Locale locale) {
        this.dates = dates;
        this.locale = locale;
    }

    /** How dates read on the dashboard. */
    public DateText dates() {
        return dates;
    }

    /** "5.5 days", or a dash when there is no figure. */
    public String days(OptionalDouble days) {
        return days.isPresent() ? Messages.text("dashboard.momentum.days", days.getAsDouble()) : Messages.text("dashboard.none");
    }

    /** The words on a range button: "30 days", "Year", "All". */
    public static String range(ChartRange range) {
        return Messages.text("dashboard.range." + range.name().toLowerCase(Locale.ROOT));
    }

    /** "Mon 1 Dec 2026"-like day of an upcoming item, as lists show days. */
    public String day(java.time.LocalDate day) {
        return dates.show(day);
    }

    /** What an upcoming item is: "Final round — Acme" or "Get back in touch with Dana Ruiz". */
    public String upcoming(UpcomingItem item) {
        return item.kind() == UpcomingItem.Kind.KEEP_IN_TOUCH
                ? Messages.text("dashboard.upcoming.keepInTouch", item.title()) : item.title();
    }

    /** "Acme Rockets — Junior Developer". */
    public String ghostTitle(SuspectedGhost ghost) {
        return Messages.text("insight.upcoming.stage", ghost.company(), ghost.role());
    }

    /** "No news for 35 days, since 20 Oct 2026". */
    public String ghostQuiet(SuspectedGhost ghost) {
        return Messages.text("dashboard.ghosts.quiet", ghost.quietDays(), dates.show(ghost.lastActivity()));
    }

    /** "Since then: 12 applications, 5 stages, 1 offer." */
    public String since(OnThisDayItem item) {
        return Messages.text("dashboard.onThisDay.since", item.applicationsSince(), item.stagesSince(), item.offersSince());
    }

    /** "Internal candidate: 2 (2 outside your control)". */
    public String reason(ReasonCount count) {
        return Messages.text("dashboard.reasons.row", count.reason().label(), count.chosen(), count.outsideMyControl());
    }

    /** "3 of the 4 reasons you picked were outside your control.", or empty text when none were picked. */
    public String reasonsSummary(List<ReasonCount> counts) {
        int chosen = counts.stream().mapToInt(ReasonCount::chosen).sum();
        int outside = counts.stream().mapToInt(ReasonCount::outsideMyControl).sum();
        return chosen == 0 ? "" : Messages.text("dashboard.reasons.summary", outside, chosen);
    }

    /** "Nov 2026" in the user's language. */
    public String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }

    /** One line per month, oldest first: "Nov 2026: Disappointed ×2 at 3.0, Angry ×1 at 2.0". */
    public List<String> feelingLines(List<FeelingMonth> feelings) {
        return feelings.stream().collect(Collectors.groupingBy(FeelingMonth::month, java.util.TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> Messages.text("dashboard.feelings.row", month(e.getKey()), e.getValue().stream()
                        .map(f -> Messages.text("dashboard.feelings.item", f.feeling().label(), f.named(), f.averageIntensity()))
                        .collect(Collectors.joining(", "))))
                .toList();
    }

    /** "Final round: 9 rated, 3 led further, rated 1.0 on average". */
    public String calibrationRow(CalibrationRow row) {
        return Messages.text("dashboard.calibration.row", row.stage(), row.rated(), row.advanced(), row.averageRating());
    }

    /** The sentences worth saying about calibration, or "Needs a few more rated interviews." when there are none. */
    public List<String> calibrationSentences(List<CalibrationRow> rows) {
        List<String> sentences = rows.stream().flatMap(r -> r.sentence().stream()).toList();
        return sentences.isEmpty() ? List.of(Messages.text("dashboard.calibration.few")) : sentences;
    }

    /** "Research: 3 lessons — 1 new, 1 practising, 1 a habit". */
    public String focusArea(FocusArea area) {
        return Messages.text("dashboard.focus.row", area.theme().label(), area.lessons(),
                area.byStatus().getOrDefault(LessonStatus.NEW, 0), area.byStatus().getOrDefault(LessonStatus.PRACTISING, 0),
                area.byStatus().getOrDefault(LessonStatus.HABIT, 0));
    }
}

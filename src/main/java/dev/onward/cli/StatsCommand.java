package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.Journal;
import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.FunnelLevel;
import dev.onward.service.insight.Insights;
import dev.onward.service.insight.ReasonCount;
import dev.onward.service.insight.UpcomingItem;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onward stats [--json]}: the dashboard's figures, as text or as JSON for scripts. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class)
final class StatsCommand extends JournalCommand {
    @Option(names = "--json", descriptionKey = "cli.stats.json")
    boolean json;

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Journal journal) {
        Insights n = journal.insights().insights(journal.settings().insightSettings(), ChartRange.ALL);
        if (json) {
            out().print(journal.formats().reports().figures(n));
            out().flush();
            return 0;
        }
        out().println(Messages.text("cli.stats.text", n.applications(), n.active(), n.offers(), n.rejections(),
                n.ghosted(), n.withdrawn(), n.lessons()));
        if (n.active() == 0) {
            out().println(Messages.text("cli.stats.pipelineEmpty"));
        }
        out().println(Messages.text("cli.stats.week", n.thisWeek(), n.weeklyTarget(), n.streakWeeks()));
        out().println(n.momentumMedianDays().isPresent()
                ? Messages.text("cli.stats.momentum", n.momentumMedianDays().getAsDouble())
                : Messages.text("cli.stats.momentumNone"));
        n.momentumMedianDays90().ifPresent(days -> out().println(Messages.text("cli.stats.momentum90", days)));
        out().println(Messages.text("cli.stats.notFollowed", n.rejectionsNotFollowed()));
        out().println(Messages.text("cli.stats.ghosts", n.suspectedGhosts().size()));
        printUpcoming(n);
        out().println(Messages.text("cli.stats.funnel"));
        for (FunnelLevel level : n.funnel()) {
            out().println(Messages.text("cli.stats.funnelLevel", level.stage(), level.reached(), level.offer(),
                    level.rejected(), level.ghosted(), level.withdrew(), level.active()));
        }
        printReflections(n);
        out().flush();
        return 0;
    }

    /** What is coming up in the next 14 days, a line each, the day first (as a script reads it). */
    private void printUpcoming(Insights n) {
        out().println(Messages.text("cli.stats.upcoming", n.upcoming().size()));
        for (UpcomingItem item : n.upcoming()) {
            String what = item.kind() == UpcomingItem.Kind.STAGE ? item.title()
                    : Messages.text("dashboard.upcoming.keepInTouch", item.title());
            out().println(Messages.text("cli.stats.item", item.day(), what));
        }
    }

    /** What the reflections add up to: the reasons picked, ratings against results, focus areas. */
    private void printReflections(Insights n) {
        out().println(Messages.text("cli.stats.reasons", n.reasons().size()));
        for (ReasonCount reason : n.reasons()) {
            out().println("  " + Messages.text("dashboard.reasons.row", reason.reason().label(), reason.chosen(),
                    reason.outsideMyControl()));
        }
        n.calibration().forEach(row -> row.sentence().ifPresent(sentence -> out().println(sentence)));
        out().println(n.focusAreas().isEmpty() ? Messages.text("dashboard.focus.empty")
                : Messages.text("cli.stats.focus", n.focusAreas().stream().map(f -> f.theme().label())
                        .collect(Collectors.joining(", "))));
    }
}

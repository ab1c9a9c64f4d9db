package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.exchange.StatsJson;
import dev.onward.service.OpenJournal;
import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.FunnelLevel;
import dev.onward.service.insight.Insights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onward stats [--json]}: the dashboard's figures, as text or as JSON for scripts. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Prints the dashboard's figures.")
final class StatsCommand extends JournalCommand {
    @Option(names = "--json", description = "Print them as one JSON object.")
    boolean json;

    @Override
    int run(JournalSession session) {
        OpenJournal services = session.services();
        Insights n = services.insights().insights(services.settings().insightSettings(), ChartRange.ALL);
        if (json) {
            out().print(StatsJson.of(n));
            out().flush();
            return 0;
        }
        out().println(Messages.text("cli.stats.text", n.applications(), n.active(), n.offers(), n.rejections(),
                n.ghosted(), n.withdrawn(), n.lessons()));
        out().println(Messages.text("cli.stats.week", n.thisWeek(), n.weeklyTarget(), n.streakWeeks()));
        out().println(n.momentumMedianDays().isPresent()
                ? Messages.text("cli.stats.momentum", n.momentumMedianDays().getAsDouble())
                : Messages.text("cli.stats.momentumNone"));
        out().println(Messages.text("cli.stats.ghosts", n.suspectedGhosts().size()));
        out().println(Messages.text("cli.stats.funnel"));
        for (FunnelLevel level : n.funnel()) {
            out().println(Messages.text("cli.stats.funnelLevel", level.stage(), level.reached(), level.offer(),
                    level.rejected(), level.ghosted(), level.withdrew(), level.active()));
        }
        out().flush();
        return 0;
    }
}

package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.exchange.HeadlineNumbersJson;
import dev.onward.service.HeadlineNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onward stats [--json]}: the journal's headline numbers. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class, description = "Prints the journal's headline numbers.")
final class StatsCommand extends JournalCommand {
    @Option(names = "--json", description = "Print them as one JSON object.")
    boolean json;

    @Override
    int run(JournalSession session) {
        HeadlineNumbers n = session.exchange().headlineNumbers();
        if (json) {
            out().print(HeadlineNumbersJson.of(n));
            out().flush();
            return 0;
        }
        out().println(Messages.text("cli.stats.text", n.applications(), n.active(), n.offers(), n.rejections(),
                n.ghosted(), n.withdrawn(), n.lessons()));
        return 0;
    }
}

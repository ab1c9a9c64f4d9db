package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.Journal;
import dev.onward.service.search.SearchGroup;
import dev.onward.service.search.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code onward search TEXT [--json]}: prints the results grouped by kind (title, detail,
 * snippet with matches in [brackets]), or as JSON. Exits 0 also when nothing matches, 1 on a data
 * error; any TEXT, even one starting with {@code -}, is searched as text.
 */
@Command(name = "search", mixinStandardHelpOptions = true, modelTransformer = SearchCommand.TextFirst.class)
final class SearchCommand extends JournalCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "cli.search.text")
    private List<String> text;

    @Option(names = "--json", descriptionKey = "cli.search.json")
    private boolean json;

    /** Lets TEXT start with "-" (a word to leave out, in other tools). */
    static final class TextFirst implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            command.parser().unmatchedOptionsArePositionalParams(true);
            return command;
        }
    }

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Journal journal) {
        String query = String.join(" ", text);
        List<SearchGroup> groups = journal.search().search(query);
        PrintWriter out = out();
        out.print(json ? journal.formats().reports().searchResults(query, groups) + System.lineSeparator()
                : plain(query, groups));
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private static String plain(String query, List<SearchGroup> groups) {
        String newline = System.lineSeparator();
        if (groups.isEmpty()) {
            return Messages.text("search.cli.nothing", query) + newline;
        }
        StringBuilder out = new StringBuilder();
        for (SearchGroup group : groups) {
            out.append(group.kind().label()).append(newline);
            for (SearchResult result : group.results()) {
                out.append("  ").append(result.title());
                result.detail().ifPresent(detail -> out.append(" \u00b7 ").append(detail));
                result.day().ifPresent(day -> out.append(" \u00b7 ").append(day));
                out.append(newline).append("    ").append(result.snippet().marked("[", "]")).append(newline);
            }
            if (group.more()) {
                out.append("  ").append(Messages.text("search.cli.more", group.results().size())).append(newline);
            }
        }
        return out.toString();
    }
}

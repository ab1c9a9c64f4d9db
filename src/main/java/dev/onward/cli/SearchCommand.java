package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.exchange.SearchResultsJson;
import dev.onward.persistence.DataFolder;
import dev.onward.persistence.Database;
import dev.onward.persistence.JournalFiles;
import dev.onward.service.SearchGroup;
import dev.onward.service.SearchResult;
import dev.onward.service.SearchService;
import dev.onward.service.StorageException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code onward search TEXT [--json]}: prints the results grouped by kind (title, detail,
 * snippet with matches in [brackets]), or as JSON. Exits 0 also when nothing matches; any TEXT,
 * even one starting with {@code -}, is searched as text.
 */
@Command(name = "search", mixinStandardHelpOptions = true, resourceBundle = "dev.onward.messages",
        modelTransformer = SearchCommand.TextFirst.class)
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    private OnwardCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "search.cli.text")
    private List<String> text;

    @Option(names = "--json", descriptionKey = "search.cli.json")
    private boolean json;

    /** Lets TEXT start with "-" (a word to leave out, in other tools) and sets the description. */
    static final class TextFirst implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            command.parser().unmatchedOptionsArePositionalParams(true);
            command.usageMessage().description(Messages.text("search.cli.description"));
            return command;
        }
    }

    @Override
    public Integer call() {
        String query = String.join(" ", text);
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<SearchGroup> groups = withSearch(search -> search.search(query));
            out.print(json ? new SearchResultsJson().write(query, groups) + System.lineSeparator() : plain(query, groups));
            out.flush();
            return CommandLine.ExitCode.OK;
        } catch (StorageException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /** Opens the journal in the chosen folder, wired as the window wires it, for one piece of work. */
    private <T> T withSearch(Function<SearchService, T> work) {
        try (Database database = Database.open(DataFolder.prepare(parent.dataFolder()))) {
            return work.apply(JournalFiles.services(database, Clock.systemDefaultZone()).search());
        }
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

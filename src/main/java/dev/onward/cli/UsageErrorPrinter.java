package dev.onward.cli;

import dev.onward.domain.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Says what is wrong with a command line in Onward's words instead of picocli's, then the
 * command's one-line usage and where the full help is. The exit code stays 2.
 */
final class UsageErrorPrinter implements CommandLine.IParameterExceptionHandler {

    /** A usage error already written in Onward's words, printed as it is. */
    static final class Worded extends ParameterException {
        private static final long serialVersionUID = 1L;

        Worded(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(sentence(e, args));
        err.print(cli.getHelp().fullSynopsis());
        err.println(Messages.text("cli.usage.help", cli.getCommandSpec().qualifiedName()));
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What is wrong, and what to do, in one or two sentences. */
    static String sentence(ParameterException e, String[] args) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof Worded) {
            return e.getMessage();
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, spec);
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return exclusive(spec);
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing.getMissing(), spec, List.of(args));
        }
        if (e instanceof OverwrittenOptionException twice) {
            return Messages.text("cli.usage.twice", name(twice.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return badValue(e.getArgSpec(), e.getValue());
        }
        return Messages.text("cli.usage.other");
    }

    private static String unmatched(UnmatchedArgumentException e, CommandSpec spec) {
        List<String> words = e.getUnmatched();
        String first = words.isEmpty() ? "" : words.get(0);
        String sentence;
        if (e.isUnknownOption()) {
            sentence = Messages.text("cli.usage.unknownOption", first, spec.qualifiedName());
        } else if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
            sentence = Messages.text("cli.usage.unknownCommand", first, String.join(", ", spec.subcommands().keySet()));
        } else {
            sentence = Messages.text("cli.usage.unexpected", words.size(), quoted(words, Messages.text("cli.usage.and")),
                    spec.qualifiedName());
        }
        List<String> suggestions = e.getSuggestions();
        return suggestions.isEmpty() ? sentence
                : sentence + " " + Messages.text("cli.usage.suggest", quoted(suggestions, Messages.text("cli.usage.or")));
    }

    private static String exclusive(CommandSpec spec) {
        for (ArgGroupSpec group : spec.argGroups()) {
            if (group.exclusive() && group.args().size() > 1) {
                return Messages.text("cli.usage.exclusive", group.args().stream().map(UsageErrorPrinter::name)
                        .collect(Collectors.joining(Messages.text("cli.usage.or"))));
            }
        }
        return Messages.text("cli.usage.other");
    }

    private static String missing(List<ArgSpec> missing, CommandSpec spec, List<String> args) {
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option && typed(option, args)) {
            return Messages.text("cli.usage.noValue", option.longestName(), option.paramLabel());
        }
        List<ArgSpec> needed = new ArrayList<>(missing);
        if (missing.get(0) instanceof PositionalParamSpec first) {
            // picocli names only the first positional missing; the ones after it are missing too
            spec.positionalParameters().stream().filter(p -> p.required() && p.index().min() > first.index().min()
                    && !needed.contains(p)).forEach(needed::add);
        }
        return Messages.text("cli.usage.missing", spec.qualifiedName(), needed.stream().map(UsageErrorPrinter::withLabel)
                .collect(Collectors.joining(Messages.text("cli.usage.and"))), needed.size());
    }

    /** Whether the user typed the option itself (then only its value is missing). */
    private static boolean typed(OptionSpec option, List<String> args) {
        return args.stream().anyMatch(a -> Arrays.asList(option.names()).contains(a.split("=", 2)[0]));
    }

    private static String badValue(ArgSpec arg, String value) {
        Class<?> type = arg.type();
        String label = arg.paramLabel().replaceAll("[<>]", "");
        if (type.isEnum()) {
            String words = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return Messages.text("cli.usage.notOneOf", label.toLowerCase(Locale.ROOT), value, words);
        }
        return Messages.text("cli.usage.badValue", value, arg instanceof OptionSpec o ? o.longestName() + " " + label : label);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) arg).paramLabel();
    }

    private static String withLabel(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + " " + option.paramLabel() : arg.paramLabel();
    }

    private static String quoted(List<String> words, String separator) {
        return words.stream().map(w -> "\u201c" + w + "\u201d").collect(Collectors.joining(separator));
    }
}

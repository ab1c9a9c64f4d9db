package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.SqliteJournal;
import dev.onward.domain.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** Every command's help text is the text in messages.properties, not a literal in the code. */
class CommandHelpTest {
    static final CommandLine ONWARD = new OnwardCommand(folder -> WindowOpener.Result.OPENED, SqliteJournal.opener())
            .commandLine();

    static Stream<CommandLine> commands() {
        return Stream.concat(Stream.of(ONWARD), ONWARD.getSubcommands().values().stream());
    }

    /** The numbered lines {@code key.0}, {@code key.1}, ... or the one line {@code key}, as Messages reads them. */
    static String[] lines(String key) {
        List<String> lines = new ArrayList<>();
        try {
            for (int i = 0; ; i++) {
                lines.add(Messages.text(key + "." + i));
            }
        } catch (MissingResourceException end) {
            if (lines.isEmpty()) {
                lines.add(Messages.text(key));
            }
        }
        return lines.toArray(String[]::new);
    }

    static String key(CommandSpec spec, String section) {
        return spec.qualifiedName(".") + ".usage." + section;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_description_isTheBundlesText(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        String[] description = lines(key(spec, "description"));
        assertArrayEquals(description, spec.usageMessage().description(), spec.qualifiedName());
        String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(help.contains(description[0]), help);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_everyOptionAndParameter_isDescribedByTheBundle(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        for (ArgSpec arg : spec.args()) {
            if (arg.isOption() && (arg.command() != spec || ((CommandLine.Model.OptionSpec) arg).usageHelp()
                    || ((CommandLine.Model.OptionSpec) arg).versionHelp())) {
                continue; // --help and --version are picocli's own words
            }
            String key = arg.descriptionKey();
            assertFalse(key == null || key.isEmpty(), spec.qualifiedName() + " " + arg + " has no descriptionKey");
            assertArrayEquals(new String[] {Messages.text(key)}, arg.description(), spec.qualifiedName() + " " + arg);
        }
    }

    @Test
    void help_onward_endsWithTheBundlesFooterAndNamesEachCommandByItsDescription() {
        assertArrayEquals(lines(key(ONWARD.getCommandSpec(), "footer")), ONWARD.getCommandSpec().usageMessage().footer());
        String help = ONWARD.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(help.endsWith(Messages.text("onward.usage.footer.1") + System.lineSeparator()), help);
        ONWARD.getSubcommands().forEach((name, sub) -> assertTrue(
                help.contains("  " + name + " ".repeat(9 - name.length()) + lines(key(sub.getCommandSpec(), "description"))[0]),
                name + ": " + help));
    }

    @Test
    void help_dataDir_isOneTextForEveryCommand() {
        commands().forEach(command -> assertEquals(Messages.text("cli.dataDir"),
                command.getCommandSpec().findOption("--data-dir").description()[0], command.getCommandName()));
    }
}

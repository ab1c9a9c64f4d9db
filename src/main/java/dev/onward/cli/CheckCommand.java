package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.domain.StoredValues;
import dev.onward.service.Journal;
import dev.onward.service.backup.CheckReport;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code onward check}: SQLite's integrity and foreign key checks, the schema compared with the one
 * the migrations make, the stored dates read back, and the schema version.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class)
final class CheckCommand extends JournalCommand {
    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Journal journal) {
        CheckReport report = journal.file().check();
        out().println(Messages.text("cli.check.file", journal.file().path()));
        out().println(Messages.text("cli.check.version", report.schemaVersion(), report.latestVersion()));
        out().println(report.integrityProblems().isEmpty() ? Messages.text("cli.check.integrityOk")
                : Messages.text("cli.check.integrityBad", report.integrityProblems().size()));
        out().println(report.foreignKeyProblems().isEmpty() ? Messages.text("cli.check.foreignKeysOk")
                : Messages.text("cli.check.foreignKeysBad", report.foreignKeyProblems().size()));
        out().println(report.schemaDifferences().isEmpty() ? Messages.text("cli.check.schemaOk")
                : Messages.text("cli.check.schemaBad", report.schemaDifferences().size()));
        out().println(report.unreadableDates().isEmpty() ? Messages.text("cli.check.datesOk")
                : Messages.text("cli.check.datesBad", report.unreadableDates().size()));
        // values are only read once every stored date can be
        List<StoredValues.Broken> broken = report.unreadableDates().isEmpty() ? journal.exchange().rulesBroken()
                : List.of();
        out().println(broken.isEmpty() ? Messages.text("cli.check.rulesOk")
                : Messages.text("cli.check.rulesBroken", broken.size()));
        for (StoredValues.Broken b : broken) {
            String where = b.rowId().map(id -> Messages.text("cli.check.row." + b.table(), String.valueOf(id)))
                    .orElse(b.table());
            out().println(Messages.text("cli.check.ruleLine", where, b.message()));
        }
        if (report.healthy()) {
            return 0;
        }
        report.integrityProblems().forEach(err()::println);
        report.foreignKeyProblems().forEach(err()::println);
        report.schemaDifferences().forEach(err()::println);
        if (!report.integrityProblems().isEmpty() || !report.foreignKeyProblems().isEmpty()
                || !report.schemaDifferences().isEmpty()) {
            err().println(Messages.text("cli.check.advice"));
        }
        if (!report.unreadableDates().isEmpty()) {
            report.unreadableDates().forEach(err()::println);
            err().println(Messages.text("cli.check.datesAdvice"));
        }
        return DATA_ERROR;
    }
}

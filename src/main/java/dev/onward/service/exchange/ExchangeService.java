package dev.onward.service.exchange;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Messages;
import dev.onward.domain.StoredValues;
import dev.onward.service.DataFolderGuard;
import dev.onward.service.DiskFull;
import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import dev.onward.service.PrivateFiles;
import dev.onward.service.StorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Files in and out: exports the journal in any {@link ExportFormat}, restores a whole-journal
 * export into an empty journal, and previews and applies a spreadsheet import in one
 * transaction. Plain Java: the command line and the app call it the same way.
 */
public final class ExchangeService {
    private final JournalContentsRepository journal;
    private final Clock clock;
    private final JournalChanges changes;

    /**
     * Creates the service over the whole-journal repository; {@code clock} says what today is, and
     * every import is announced to {@code changes}.
     */
    public ExchangeService(JournalContentsRepository journal, Clock clock, JournalChanges changes) {
        this.journal = journal;
        this.clock = clock;
        this.changes = changes;
    }

    /** Whether the journal holds no application, contact or lesson yet (a count, not a read of everything). */
    public boolean journalIsEmpty() {
        return journal.countEntries() == 0;
    }

    /** Everything the journal holds. */
    public JournalContents contents() {
        return journal.readAll();
    }

    /**
     * The stored values that break a rule new input must meet (written by an older Onward, or by
     * hand): they are still read, shown and exported; the journal check lists them so they can be fixed.
     */
    public List<StoredValues.Broken> rulesBroken() {
        return StoredValues.audit(journal::readAll).broken();
    }

    /**
     * Writes the journal to {@code out} in {@code format}. The file appears whole or not at all:
     * it is written beside its final place and moved there at the end.
     *
     * @throws StorageException when the file cannot be written, or would go in the journal's own folder
     */
    public void export(ExportFormat format, Path out) {
        DataFolderGuard.refuseInside(out, journal.file());
        Path target = out.toAbsolutePath();
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new StorageException(Messages.text("exchange.export.notAFile", target), null);
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.deleteIfExists(temporary);
            PrivateFiles.create(temporary);
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                format.write(journal.readAll(), today(), stream);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new StorageException(Messages.text(DiskFull.causes(e) ? "exchange.export.diskFull"
                    : "exchange.export.failed", target), e);
        }
    }

    /**
     * Restores a whole-journal file into this journal, which must hold no application, contact
     * or lesson yet.
     *
     * @param dryRun when true, reads and checks everything but writes nothing
     * @throws ImportFileException when the file cannot be imported or the journal is not empty
     */
    public ImportReport importJournal(Path file, JournalReader reader, boolean dryRun) {
        JournalContents contents = reader.read(file);
        if (journal.countEntries() > 0) {
            throw new ImportFileException(file, OptionalInt.empty(), Optional.empty(),
                    Messages.text("exchange.json.notEmpty"));
        }
        if (!dryRun) {
            journal.replaceAll(contents);
            changes.announce(JournalChange.everything());
        }
        return new ImportReport(contents.applications().size(), 0, List.of(), !dryRun);
    }

    /**
     * Reads a spreadsheet into a preview, with rows the journal already holds marked as
     * duplicates. Nothing is written.
     */
    public ImportPreview previewSpreadsheet(Path file, SpreadsheetReader reader, ImportSettings settings) {
        JournalContents contents = journal.readAll();
        ImportPreview preview = reader.preview(file, settings, contents.stageKinds(), today());
        Set<String> seen = new HashSet<>();
        contents.applications().forEach(a -> seen.add(identity(a.details())));
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            rows.add(seen.add(identity(row.application().details())) ? row : row.asDuplicate());
        }
        return preview.withRows(rows);
    }

    /**
     * Adds every row of {@code preview} that is not a duplicate, in one transaction.
     *
     * @param dryRun when true, writes nothing and reports what would happen
     * @throws IllegalStateException when a problem blocks the import ({@link ImportPreview#canImport()})
     */
    public ImportReport applySpreadsheet(ImportPreview preview, boolean dryRun) {
        if (!preview.canImport()) {
            throw new IllegalStateException("The preview has blocking problems");
        }
        List<NewApplication> added = preview.rowsToAdd().stream().map(ImportRow::application).toList();
        if (!dryRun && !added.isEmpty()) {
            journal.addAll(added, clock.instant());
            changes.announce(JournalChange.APPLICATIONS, JournalChange.STAGES, JournalChange.OUTCOMES);
        }
        return new ImportReport(added.size(), preview.duplicates(), preview.problems(), !dryRun && !added.isEmpty());
    }

    /** Today, by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Company, role and applied day, compared without case: what makes two rows the same application. */
    private static String identity(ApplicationDetails d) {
        return String.join("\u0000", d.company().toLowerCase(Locale.ROOT), d.role().toLowerCase(Locale.ROOT),
                d.applied().map(LocalDate::toString).orElse(""));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the export already failed; a leftover part file is harmless and is replaced next time
        }
    }
}

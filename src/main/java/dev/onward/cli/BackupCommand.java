package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.Snapshot;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onward backup [--out FILE]}: an online snapshot of the journal. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"Takes a snapshot of the journal.",
            "Without --out it goes to backups/ in the data folder (one a day; the newest 14 are kept)."})
final class BackupCommand extends JournalCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Write the snapshot to this new file instead.")
    Path out;

    @Override
    int run(JournalSession session) {
        if (out != null) {
            session.backups().snapshotTo(out);
            out().println(Messages.text("cli.backup.done", out.toAbsolutePath()));
            return 0;
        }
        Optional<Snapshot> taken = session.backups().snapshotIfDue();
        Path today = taken.map(Snapshot::file).orElseGet(() -> session.backups().list().get(0).file());
        out().println(Messages.text(taken.isPresent() ? "cli.backup.done" : "cli.backup.already", today));
        return 0;
    }
}

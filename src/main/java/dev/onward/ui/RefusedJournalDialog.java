package dev.onward.ui;

import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException;
import dev.onward.service.backup.Snapshot;
import dev.onward.ui.data.BackupsViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Tells the user that their journal was not opened, why, and what to do, over a window whose
 * middle says the journal is closed. When the file is there but cannot be used (damaged, not a
 * journal, or from a newer Onward) and a snapshot of it exists, the way out is a button: restore
 * the newest snapshot, the file set aside untouched.
 */
public final class RefusedJournalDialog {
    private RefusedJournalDialog() {
    }

    /**
     * Shows why the journal could not be opened: {@code failure} is a {@link JournalFileException}
     * naming the file and the reason, or anything else, reported as the file {@code journal} that
     * could not be opened. With {@code newest}, offers to restore it, which {@code restore} does.
     */
    public static void show(MainWindow window, Exception failure, Path journal, Optional<Snapshot> newest,
            Consumer<Snapshot> restore) {
        String text;
        Optional<Snapshot> offered = Optional.empty();
        if (failure instanceof JournalFileException refused) {
            String key = switch (refused.reason()) {
                case TOO_NEW -> "ui.open.tooNew";
                case NOT_A_JOURNAL -> "ui.open.notJournal";
                case CANNOT_OPEN -> "ui.open.cannot";
            };
            text = Messages.text(key, refused.file());
            offered = refused.reason() == JournalFileException.Reason.CANNOT_OPEN ? Optional.empty() : newest;
        } else {
            text = Messages.text("ui.open.cannot", journal);
        }
        window.showMessage(Messages.text("ui.open.closed"));
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        alert.initOwner(window.stage());
        alert.setTitle(Messages.text("app.title"));
        alert.setHeaderText(Messages.text("ui.open.title"));
        alert.getDialogPane().setId("journalRefused");
        offered.ifPresent(snapshot -> {
            String when = when(snapshot);
            alert.setContentText(text + "\n\n" + Messages.text("ui.open.restoreOffer", when));
            ButtonType restoreIt = new ButtonType(Messages.text("ui.open.restore", when), ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().setAll(restoreIt, ButtonType.CLOSE);
            alert.resultProperty().addListener((obs, old, chosen) -> {
                if (chosen == restoreIt) {
                    window.showMessage(Messages.text("ui.open.restoring", when));
                    restore.accept(snapshot);
                }
            });
        });
        alert.show();
    }

    /** Tells that the snapshot taken {@code snapshot} is open and where the journal that was not went. */
    public static void restored(MainWindow window, Snapshot snapshot, Path setAside) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.text("ui.open.restored", when(snapshot), setAside),
                ButtonType.OK);
        alert.initOwner(window.stage());
        alert.setTitle(Messages.text("app.title"));
        alert.setHeaderText(Messages.text("ui.open.restoredTitle"));
        alert.getDialogPane().setId("journalRestored");
        alert.show();
    }

    /**
     * Tells what Onward put right just before it opened the journal (a restore that had been cut
     * short, finished or cleared away), one paragraph each.
     */
    public static void noticed(MainWindow window, List<String> notices) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n\n", notices), ButtonType.OK);
        alert.initOwner(window.stage());
        alert.setTitle(Messages.text("app.title"));
        alert.setHeaderText(Messages.text("ui.open.noticedTitle"));
        alert.getDialogPane().setId("journalNoticed");
        alert.show();
    }

    private static String when(Snapshot snapshot) {
        return BackupsViewModel.when(snapshot, DateText.forDefaultLocale());
    }
}

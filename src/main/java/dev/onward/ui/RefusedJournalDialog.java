package dev.onward.ui;

import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * Tells the user that their journal was not opened, why, and what to do (restore a snapshot, or
 * open another folder), over a window whose middle says the journal is closed.
 */
public final class RefusedJournalDialog {
    private RefusedJournalDialog() {
    }

    /**
     * Shows why the journal could not be opened: {@code failure} is a {@link JournalFileException}
     * naming the file and the reason, or anything else, reported as the file {@code journal} that
     * could not be opened.
     */
    public static void show(MainWindow window, Exception failure, Path journal) {
        String text;
        if (failure instanceof JournalFileException refused) {
            String key = switch (refused.reason()) {
                case TOO_NEW -> "ui.open.tooNew";
                case NOT_A_JOURNAL -> "ui.open.notJournal";
                case CANNOT_OPEN -> "ui.open.cannot";
            };
            text = Messages.text(key, refused.file());
        } else {
            text = Messages.text("ui.open.cannot", journal);
        }
        window.showMessage(Messages.text("ui.open.closed"));
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        alert.initOwner(window.stage());
        alert.setTitle(Messages.text("app.title"));
        alert.setHeaderText(Messages.text("ui.open.title"));
        alert.getDialogPane().setId("journalRefused");
        alert.show();
    }
}

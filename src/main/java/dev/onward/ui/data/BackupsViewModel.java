package dev.onward.ui.data;

import dev.onward.domain.Messages;
import dev.onward.service.backup.BackupService;
import dev.onward.service.backup.Snapshot;
import dev.onward.ui.DateText;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The snapshots of the journal: lists them, takes one now, and restores one. A restore snapshots
 * the journal as it is first (the {@link BackupService} does that before anything is replaced),
 * then asks the {@link JournalReopener} to build every screen again over the restored journal.
 */
public final class BackupsViewModel {
    private final BackupService backups;
    private final TaskRunner runner;
    private final DateText dates;
    private final JournalReopener reopener;
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObservableList<Snapshot> shownSnapshots = FXCollections.unmodifiableObservableList(snapshots);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    /** Creates the model; call {@link #load()} to list the snapshots. */
    public BackupsViewModel(BackupService backups, TaskRunner runner, DateText dates, JournalReopener reopener) {
        this.backups = backups;
        this.runner = runner;
        this.dates = dates;
        this.reopener = reopener;
    }

    /** Lists the snapshots, newest first. */
    public void load() {
        runner.run(backups::list, snapshots::setAll, this::fail);
    }

    /** Takes a snapshot of the journal as it is now, whether or not today has one. */
    public void snapshotNow() {
        if (busy.get()) {
            return;
        }
        start(Messages.text("ui.data.backups.taking"));
        runner.run(() -> {
            Snapshot taken = backups.snapshotNow();
            return new Listed(taken, backups.list());
        }, listed -> {
            done();
            snapshots.setAll(listed.all());
            notice.set(Messages.text("ui.data.backups.taken", when(listed.taken())));
        }, this::fail);
    }

    /** What the Restore confirmation says about {@code snapshot}. */
    public String confirmation(Snapshot snapshot) {
        return Messages.text("ui.data.backups.confirm", when(snapshot));
    }

    /**
     * Replaces the journal with {@code snapshot}, after snapshotting the journal as it is. The
     * screens are taken away meanwhile and built again afterwards, whatever the outcome; when the
     * restore is refused, the journal is unchanged and the new screen says why.
     */
    public void restore(Snapshot snapshot) {
        if (busy.get()) {
            return;
        }
        String restoring = Messages.text("ui.data.backups.restoring", when(snapshot));
        start(restoring);
        reopener.close(restoring);
        runner.run(() -> backups.restore(snapshot.file()), before -> {
            done();
            reopener.reopen(Messages.text("ui.data.backups.restored", when(snapshot), when(before)), false);
        }, e -> {
            fail(e);
            reopener.reopen(failure.get(), true);
        });
    }

    /** Shows {@code text} as the last thing that happened, e.g. after the screens were built again. */
    public void showNotice(String text) {
        notice.set(text);
    }

    /** Shows {@code text} as the reason the last action failed, e.g. after the screens were built again. */
    public void showFailure(String text) {
        failure.set(text);
    }

    /** When {@code snapshot} was taken, e.g. "24 Nov 2026" or "24 Nov 2026, 9:15". */
    public String when(Snapshot snapshot) {
        return when(snapshot, dates);
    }

    /** When {@code snapshot} was taken, in {@code dates}' words: also for the message when the journal cannot be opened. */
    public static String when(Snapshot snapshot, DateText dates) {
        String day = dates.show(snapshot.day());
        return snapshot.time().map(t -> Messages.text("ui.data.backups.dayAt", day, dates.forField(t))).orElse(day);
    }

    /** Its size and kind, e.g. "144 KB · first of the day" or "160 KB · before a restore". */
    public String describe(Snapshot snapshot) {
        String kind = snapshot.beforeRestore() ? "ui.data.backups.kind.beforeRestore"
                : snapshot.time().isPresent() ? "ui.data.backups.kind.asked" : "ui.data.backups.kind.daily";
        return Messages.text("ui.data.backups.line", size(snapshot.bytes()), Messages.text(kind));
    }

    /** Where the snapshots are and how many are kept. */
    public String folderText() {
        return Messages.text("ui.data.backups.folder", backups.folder(), BackupService.KEEP);
    }

    /** A size as people read it: "48 KB", "1.2 MB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Messages.text("ui.data.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Messages.text("ui.data.size.mb", bytes / (1024.0 * 1024.0));
    }

    private void start(String what) {
        busy.set(true);
        progress.set(what);
        notice.set("");
        failure.set("");
    }

    private void done() {
        busy.set(false);
        progress.set("");
    }

    private void fail(Exception e) {
        done();
        failure.set(ProblemText.of(e));
    }

    /** A snapshot just taken, with the list it is now part of. */
    private record Listed(Snapshot taken, List<Snapshot> all) {
    }

    /** The snapshots, newest first. */
    public ObservableList<Snapshot> snapshots() {
        return shownSnapshots;
    }

    /** Whether a snapshot is being taken or restored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is happening while busy. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last thing that happened, e.g. the snapshot just taken. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why the last action failed, and that the journal is unchanged; empty when it did not fail. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}

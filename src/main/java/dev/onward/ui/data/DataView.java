package dev.onward.ui.data;

import dev.onward.domain.Messages;
import dev.onward.service.backup.Snapshot;
import dev.onward.ui.DateText;
import dev.onward.ui.UiPart;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The "Your data" screen: bringing a spreadsheet in (the {@link ImportView}) beside the exports
 * and the backups. A thin controller over its three ViewModels.
 */
public final class DataView extends UiPart<BorderPane> {
    private final ImportViewModel importModel;
    private final ExportViewModel exportModel;
    private final BackupsViewModel backupsModel;

    @FXML
    private StackPane importHost;
    @FXML
    private VBox exportButtons;
    @FXML
    private ProgressIndicator exportSpinner;
    @FXML
    private Label exportProgress;
    @FXML
    private Label exportResult;
    @FXML
    private Label exportFailure;
    @FXML
    private Label backupsFolder;
    @FXML
    private ListView<Snapshot> snapshotList;
    @FXML
    private Button takeSnapshot;
    @FXML
    private Button restore;
    @FXML
    private ProgressIndicator backupSpinner;
    @FXML
    private Label backupProgress;
    @FXML
    private Label backupNotice;
    @FXML
    private Label backupFailure;

    /**
     * Shows the three models; {@code dates} writes days as the user reads them, and
     * {@code toApplications} opens the Applications screen after an import.
     */
    public DataView(ImportViewModel importModel, ExportViewModel exportModel, BackupsViewModel backupsModel,
            DateText dates, Runnable toApplications) {
        super("DataView.fxml");
        this.importModel = importModel;
        this.exportModel = exportModel;
        this.backupsModel = backupsModel;
        importHost.getChildren().setAll(new ImportView(importModel, dates, toApplications).getRoot());
        // A headless test hands the import a file through its model instead of the native dialog.
        getRoot().getProperties().put(ImportViewModel.class, importModel);
        bindExports();
        bindBackups();
    }

    private void bindExports() {
        for (ExportChoice choice : ExportChoice.values()) {
            Button button = new Button(Messages.text("ui.data.export." + choice.key()));
            button.setId("export-" + choice.key());
            button.getStyleClass().add("export-button");
            button.setMnemonicParsing(false);
            button.setOnAction(e -> export(choice));
            button.disableProperty().bind(exportModel.busyProperty());
            Label hint = new Label(Messages.text("ui.data.export." + choice.key() + ".hint"));
            hint.getStyleClass().add("export-hint");
            hint.setWrapText(true);
            VBox row = new VBox(2, button, hint);
            exportButtons.getChildren().add(row);
        }
        showWhileBusy(exportSpinner, exportProgress, exportModel.busyProperty(), exportModel.progressProperty());
        shownWhenSet(exportResult, exportModel.resultProperty());
        shownWhenSet(exportFailure, exportModel.failureProperty());
    }

    private void export(ExportChoice choice) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("ui.data.export.chooserTitle"));
        chooser.setInitialFileName(exportModel.suggestedName(choice));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.text("ui.data.export." + choice.key()), "*." + choice.extension()));
        File target = chooser.showSaveDialog(getRoot().getScene().getWindow());
        if (target != null) {
            exportModel.export(choice, target.toPath());
        }
    }

    private void bindBackups() {
        backupsFolder.setText(backupsModel.folderText());
        snapshotList.setItems(backupsModel.snapshots());
        snapshotList.setCellFactory(list -> new SnapshotCell());
        takeSnapshot.setOnAction(e -> backupsModel.snapshotNow());
        takeSnapshot.disableProperty().bind(backupsModel.busyProperty());
        restore.disableProperty().bind(backupsModel.busyProperty()
                .or(snapshotList.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> confirmRestore(snapshotList.getSelectionModel().getSelectedItem()));
        showWhileBusy(backupSpinner, backupProgress, backupsModel.busyProperty(), backupsModel.progressProperty());
        shownWhenSet(backupNotice, backupsModel.noticeProperty());
        shownWhenSet(backupFailure, backupsModel.failureProperty());
    }

    /** Asks before a restore, saying that the journal as it is will be snapshotted first. */
    private void confirmRestore(Snapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        ButtonType go = new ButtonType(Messages.text("ui.data.backups.confirmButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(Messages.text("ui.data.import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, backupsModel.confirmation(snapshot), go, stay);
        alert.initOwner(getRoot().getScene().getWindow());
        alert.setTitle(Messages.text("app.title"));
        alert.setHeaderText(Messages.text("ui.data.backups.confirmTitle"));
        alert.getDialogPane().setId("confirmRestore");
        alert.getDialogPane().lookupButton(go).setId("confirmRestoreButton");
        // Cancel is the default: Enter alone never replaces the journal.
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        alert.showAndWait().filter(go::equals).ifPresent(b -> backupsModel.restore(snapshot));
    }

    /** The backups model, for the window to show what a restore did after the screens are built again. */
    public BackupsViewModel backups() {
        return backupsModel;
    }

    /** The import model. */
    public ImportViewModel imports() {
        return importModel;
    }

    private static void showWhileBusy(ProgressIndicator spinner, Label label, ObservableValue<Boolean> busy,
            ObservableValue<String> text) {
        spinner.visibleProperty().bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(busy.getValue()), busy));
        spinner.managedProperty().bind(spinner.visibleProperty());
        shownWhenSet(label, text);
    }

    private static void shownWhenSet(Label label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** A snapshot as two lines, when and then size and kind, with its file name on hover. */
    private final class SnapshotCell extends ListCell<Snapshot> {
        @Override
        protected void updateItem(Snapshot snapshot, boolean empty) {
            super.updateItem(snapshot, empty);
            setText(null);
            if (empty || snapshot == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label when = new Label(backupsModel.when(snapshot));
            Label what = new Label(backupsModel.describe(snapshot));
            what.getStyleClass().add("muted");
            setGraphic(new VBox(2, when, what));
            setTooltip(new Tooltip(String.valueOf(snapshot.file().getFileName())));
        }
    }
}

package dev.onward.ui.applications;

import dev.onward.ui.FieldMessage;
import dev.onward.ui.FocusWhenShown;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The fields of an application, labels above, each with its message below. Enter in a one-line
 * field saves, Ctrl+Enter saves from the notes, Esc cancels.
 */
public final class ApplicationFormView extends UiPart<VBox> {
    /** How long typing in the company must pause before its history is looked up. */
    static final Duration COMPANY_PAUSE = Duration.millis(300);

    @FXML
    private TextField company;
    @FXML
    private TextField role;
    @FXML
    private TextField jobLocation;
    @FXML
    private TextField link;
    @FXML
    private TextField source;
    @FXML
    private TextField salary;
    @FXML
    private TextField applied;
    @FXML
    private TextArea notes;
    @FXML
    private Label companyError;
    @FXML
    private Label roleError;
    @FXML
    private Label jobLocationError;
    @FXML
    private Label linkError;
    @FXML
    private Label sourceError;
    @FXML
    private Label salaryError;
    @FXML
    private Label appliedError;
    @FXML
    private Label notesError;
    @FXML
    private Label formError;
    @FXML
    private VBox sourceSalaryRow;
    @FXML
    private Label requiredHint;
    @FXML
    private VBox companyHistory;
    @FXML
    private VBox historyEntries;
    @FXML
    private Label historyMore;
    @FXML
    private Label historyReasons;
    @FXML
    private Label historyLessons;
    @FXML
    private Label historyContacts;
    /** Waits for typing in the company to pause before its history is looked up. */
    private final PauseTransition companyTyping = new PauseTransition(COMPANY_PAUSE);

    /**
     * Shows {@code model}'s fields.
     *
     * @param full whether to show source and salary too (the new-application form keeps to the essentials)
     * @param onSave run on Enter
     * @param onCancel run on Esc
     */
    public ApplicationFormView(ApplicationFormViewModel model, boolean full, Runnable onSave, Runnable onCancel) {
        this(model, full, onSave, onCancel, null);
    }

    /**
     * Shows {@code model}'s fields, with what happened at the company typed before (when the
     * model has a history); each earlier application there is a link that {@code onOpen} opens.
     *
     * @param onOpen opens an earlier application by id; null shows them as plain text
     */
    public ApplicationFormView(ApplicationFormViewModel model, boolean full, Runnable onSave, Runnable onCancel,
            LongConsumer onOpen) {
        super("ApplicationFormView.fxml");
        bindHistory(model, onOpen);
        company.textProperty().bindBidirectional(model.companyProperty());
        role.textProperty().bindBidirectional(model.roleProperty());
        jobLocation.textProperty().bindBidirectional(model.locationProperty());
        link.textProperty().bindBidirectional(model.linkProperty());
        source.textProperty().bindBidirectional(model.sourceProperty());
        salary.textProperty().bindBidirectional(model.salaryProperty());
        applied.textProperty().bindBidirectional(model.appliedProperty());
        notes.textProperty().bindBidirectional(model.notesProperty());
        FieldMessage.bind(companyError, model.errors().of(FormField.COMPANY));
        FieldMessage.bind(roleError, model.errors().of(FormField.ROLE));
        FieldMessage.bind(jobLocationError, model.errors().of(FormField.LOCATION));
        FieldMessage.bind(linkError, model.errors().of(FormField.LINK));
        FieldMessage.bind(sourceError, model.errors().of(FormField.SOURCE));
        FieldMessage.bind(salaryError, model.errors().of(FormField.SALARY));
        FieldMessage.bind(appliedError, model.errors().of(FormField.APPLIED));
        FieldMessage.bind(notesError, model.errors().of(FormField.NOTES));
        FieldMessage.bind(formError, model.errors().ofForm());
        sourceSalaryRow.setVisible(full);
        sourceSalaryRow.setManaged(full);
        requiredHint.setVisible(!full);
        requiredHint.setManaged(!full);
        Map<String, Node> inReadingOrder = new LinkedHashMap<>();
        inReadingOrder.put(FormField.COMPANY.key(), company);
        inReadingOrder.put(FormField.ROLE.key(), role);
        inReadingOrder.put(FormField.LOCATION.key(), jobLocation);
        inReadingOrder.put(FormField.APPLIED.key(), applied);
        inReadingOrder.put(FormField.LINK.key(), link);
        inReadingOrder.put(FormField.SOURCE.key(), source);
        inReadingOrder.put(FormField.SALARY.key(), salary);
        inReadingOrder.put(FormField.NOTES.key(), notes);
        FieldMessage.focusFirstProblem(model.errors(), inReadingOrder);
        for (TextField field : new TextField[] {company, role, jobLocation, link, source, salary, applied}) {
            field.setOnAction(e -> onSave.run());
        }
        getRoot().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onCancel.run();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                onSave.run();
            }
        });
    }

    private void bindHistory(ApplicationFormViewModel model, LongConsumer onOpen) {
        CompanyHistoryViewModel history = model.history();
        // Asked after the window has closed (the pause ends, or focus goes with it), the runner drops the work.
        companyTyping.setOnFinished(e -> model.recallCompany());
        company.textProperty().addListener((obs, old, text) -> companyTyping.playFromStart());
        company.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                companyTyping.stop();
                model.recallCompany();
            }
        });
        companyHistory.visibleProperty().bind(history.shownProperty());
        companyHistory.managedProperty().bind(history.shownProperty());
        showLine(historyMore, history.moreProperty());
        showLine(historyReasons, history.reasonsProperty());
        showLine(historyLessons, history.lessonsProperty());
        showLine(historyContacts, history.contactsProperty());
        history.entries().addListener((ListChangeListener<CompanyHistoryViewModel.Entry>) change ->
                showEntries(history.entries(), onOpen));
        showEntries(history.entries(), onOpen);
    }

    private void showEntries(List<CompanyHistoryViewModel.Entry> entries, LongConsumer onOpen) {
        historyEntries.getChildren().setAll(entries.stream().map(entry -> {
            Labeled line;
            if (onOpen == null) {
                line = new Label(entry.text());
            } else {
                Hyperlink link = new Hyperlink(entry.text());
                link.setOnAction(e -> onOpen.accept(entry.id()));
                // Tab goes from the company to the role, as the fields read; the links are for the pointer.
                link.setFocusTraversable(false);
                line = link;
            }
            line.setWrapText(true);
            line.getStyleClass().add("history-entry");
            return (Node) line;
        }).toList());
    }

    private static void showLine(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Puts the cursor in the first field. */
    public void focusFirstField() {
        FocusWhenShown.request(company);
    }
}

package dev.onward.ui.applications;

import dev.onward.ui.FieldMessage;
import dev.onward.ui.FocusWhenShown;
import dev.onward.ui.UiPart;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The fields of an application, labels above, each with its message below. Enter in a one-line
 * field saves, Ctrl+Enter saves from the notes, Esc cancels.
 */
public final class ApplicationFormView extends UiPart<VBox> {
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

    /**
     * Shows {@code model}'s fields.
     *
     * @param full whether to show source and salary too (the new-application form keeps to the essentials)
     * @param onSave run on Enter
     * @param onCancel run on Esc
     */
    public ApplicationFormView(ApplicationFormViewModel model, boolean full, Runnable onSave, Runnable onCancel) {
        super("ApplicationFormView.fxml");
        company.textProperty().bindBidirectional(model.companyProperty());
        role.textProperty().bindBidirectional(model.roleProperty());
        jobLocation.textProperty().bindBidirectional(model.locationProperty());
        link.textProperty().bindBidirectional(model.linkProperty());
        source.textProperty().bindBidirectional(model.sourceProperty());
        salary.textProperty().bindBidirectional(model.salaryProperty());
        applied.textProperty().bindBidirectional(model.appliedProperty());
        notes.textProperty().bindBidirectional(model.notesProperty());
        FieldMessage.bind(companyError, model.errors().of("company"));
        FieldMessage.bind(roleError, model.errors().of("role"));
        FieldMessage.bind(jobLocationError, model.errors().of("location"));
        FieldMessage.bind(linkError, model.errors().of("link"));
        FieldMessage.bind(sourceError, model.errors().of("source"));
        FieldMessage.bind(salaryError, model.errors().of("salary"));
        FieldMessage.bind(appliedError, model.errors().of("applied"));
        FieldMessage.bind(notesError, model.errors().of("notes"));
        FieldMessage.bind(formError, model.errors().of("form"));
        sourceSalaryRow.setVisible(full);
        sourceSalaryRow.setManaged(full);
        requiredHint.setVisible(!full);
        requiredHint.setManaged(!full);
        Map<String, Node> inReadingOrder = new LinkedHashMap<>();
        inReadingOrder.put("company", company);
        inReadingOrder.put("role", role);
        inReadingOrder.put("location", jobLocation);
        inReadingOrder.put("applied", applied);
        inReadingOrder.put("link", link);
        inReadingOrder.put("source", source);
        inReadingOrder.put("salary", salary);
        inReadingOrder.put("notes", notes);
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

    /** Puts the cursor in the first field. */
    public void focusFirstField() {
        FocusWhenShown.request(company);
    }
}

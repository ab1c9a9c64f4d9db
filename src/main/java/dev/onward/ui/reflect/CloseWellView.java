package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** The "Close well" step: the reply (copied on click, then ticked as sent) and a contact to keep. */
final class CloseWellView extends UiPart<VBox> implements StepPart {
    @FXML
    private Button copyReply;
    @FXML
    private Label replyCopied;
    @FXML
    private CheckBox replySent;
    @FXML
    private TextField replyDate;
    @FXML
    private Label replyDateError;
    @FXML
    private Label contactKept;
    @FXML
    private TextField contactName;
    @FXML
    private TextField contactRole;
    @FXML
    private TextField contactCompany;
    @FXML
    private TextField contactEmail;
    @FXML
    private TextField keepInTouch;
    @FXML
    private TextArea contactNotes;
    @FXML
    private Label contactNameError;
    @FXML
    private Label contactRoleError;
    @FXML
    private Label contactCompanyError;
    @FXML
    private Label contactEmailError;
    @FXML
    private Label keepInTouchError;
    @FXML
    private Label contactNotesError;
    @FXML
    private Button keepContact;

    CloseWellView(CloseWellViewModel model, Supplier<String> reply, Runnable onKeepContact) {
        super("CloseWellView.fxml");
        copyReply.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(reply.get());
            Clipboard.getSystemClipboard().setContent(content);
            replyCopied.setText(Messages.text("ui.reflect.copied"));
        });
        replySent.selectedProperty().bindBidirectional(model.replySentProperty());
        replyDate.textProperty().bindBidirectional(model.replyDateProperty());
        replyDate.disableProperty().bind(model.replySentProperty().not());
        contactName.textProperty().bindBidirectional(model.nameProperty());
        contactRole.textProperty().bindBidirectional(model.roleProperty());
        contactCompany.textProperty().bindBidirectional(model.companyProperty());
        contactEmail.textProperty().bindBidirectional(model.emailProperty());
        keepInTouch.textProperty().bindBidirectional(model.keepInTouchProperty());
        contactNotes.textProperty().bindBidirectional(model.notesProperty());
        FieldMessage.bind(replyDateError, model.errors().of(FormField.REPLY_DATE));
        FieldMessage.bind(contactNameError, model.errors().of(FormField.CONTACT_NAME));
        FieldMessage.bind(contactRoleError, model.errors().of(FormField.CONTACT_ROLE));
        FieldMessage.bind(contactCompanyError, model.errors().of(FormField.CONTACT_COMPANY));
        FieldMessage.bind(contactEmailError, model.errors().of(FormField.EMAIL));
        FieldMessage.bind(keepInTouchError, model.errors().of(FormField.KEEP_IN_TOUCH));
        FieldMessage.bind(contactNotesError, model.errors().of(FormField.CONTACT_NOTES));
        contactKept.textProperty().bind(model.keptProperty());
        contactKept.visibleProperty().bind(Bindings.isNotEmpty(model.keptProperty()));
        contactKept.managedProperty().bind(contactKept.visibleProperty());
        keepContact.setOnAction(e -> onKeepContact.run());
        contactName.setOnAction(e -> onKeepContact.run());
    }

    @Override
    public Node node() {
        return getRoot();
    }

    @Override
    public void focusFirst() {
        copyReply.requestFocus();
    }
}

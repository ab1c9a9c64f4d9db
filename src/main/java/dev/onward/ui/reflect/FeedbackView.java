package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/**
 * The "Feedback" step: what they said, in its own framed box, and under it what the user thinks
 * (the reasons picked), so the two are never mixed up.
 */
final class FeedbackView extends UiPart<VBox> implements StepPart {
    private final ReasonsViewModel reasons;

    @FXML
    private Button copyRequest;
    @FXML
    private Label requestCopied;
    @FXML
    private TextField askedOn;
    @FXML
    private TextField askedFrom;
    @FXML
    private TextField receivedOn;
    @FXML
    private TextArea feedbackText;
    @FXML
    private Label askedOnError;
    @FXML
    private Label askedFromError;
    @FXML
    private Label receivedOnError;
    @FXML
    private Label feedbackTextError;
    @FXML
    private Label youThink;

    FeedbackView(FeedbackViewModel model, ReasonsViewModel reasons, Supplier<String> request) {
        super("FeedbackView.fxml");
        this.reasons = reasons;
        askedOn.textProperty().bindBidirectional(model.askedOnProperty());
        askedFrom.textProperty().bindBidirectional(model.askedFromProperty());
        receivedOn.textProperty().bindBidirectional(model.receivedOnProperty());
        feedbackText.textProperty().bindBidirectional(model.textProperty());
        FieldMessage.bind(askedOnError, model.errors().of(FormField.FEEDBACK_ASKED_ON));
        FieldMessage.bind(askedFromError, model.errors().of(FormField.FEEDBACK_FROM));
        FieldMessage.bind(receivedOnError, model.errors().of(FormField.FEEDBACK_RECEIVED_ON));
        FieldMessage.bind(feedbackTextError, model.errors().of(FormField.FEEDBACK_TEXT));
        copyRequest.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(request.get());
            Clipboard.getSystemClipboard().setContent(content);
            requestCopied.setText(Messages.text("ui.reflect.copied"));
        });
        getRoot().sceneProperty().addListener((obs, old, scene) -> showYouThink());
    }

    private void showYouThink() {
        String picked = reasons.choices().stream().filter(c -> c.chosenProperty().get())
                .map(c -> c.noteProperty().get().isBlank() ? c.label() : c.label() + " \u2014 " + c.noteProperty().get())
                .collect(Collectors.joining("\n"));
        String sentence = reasons.outsideControlProperty().get();
        youThink.setText(picked.isEmpty() ? Messages.text("ui.reflect.youThink.none")
                : picked + (sentence.isEmpty() ? "" : "\n" + sentence));
    }

    @Override
    public Node node() {
        return getRoot();
    }

    @Override
    public void focusFirst() {
        showYouThink();
        askedOn.requestFocus();
    }

    @Override
    public void focusWrong() {
        List<Label> messages = List.of(askedOnError, askedFromError, receivedOnError, feedbackTextError);
        List<Node> fields = List.of(askedOn, askedFrom, receivedOn, feedbackText);
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).isVisible()) {
                fields.get(i).requestFocus();
                return;
            }
        }
        focusFirst();
    }
}

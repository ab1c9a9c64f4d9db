package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The offer to resume a half-done reflection: a calm bar in the window's lower right corner that
 * covers nothing else and goes away with either choice.
 */
public final class ResumeOfferView {
    private final HBox root;

    /**
     * Words {@code offer} as a bar.
     *
     * @param onResume runs with the application's id on "Resume"
     * @param onClose removes the bar (after either choice)
     */
    public ResumeOfferView(ResumeOfferViewModel.Offer offer, LongConsumer onResume, Consumer<Node> onClose) {
        Label text = new Label(offer.text());
        text.setId("resumeText");
        text.setWrapText(true);
        Button resume = new Button(Messages.text("ui.reflect.resume.yes"));
        resume.setId("resumeReflection");
        resume.getStyleClass().add("accent");
        Button later = new Button(Messages.text("ui.reflect.resume.no"));
        later.setId("resumeLater");
        later.getStyleClass().add("flat");
        resume.setMinWidth(Region.USE_PREF_SIZE);
        later.setMinWidth(Region.USE_PREF_SIZE);
        root = new HBox(8, text, resume, later);
        root.setId("resumeOffer");
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStylesheets().add(ResumeOfferView.class.getResource("ReflectView.css").toExternalForm());
        root.getStyleClass().addAll("reflect", "resume-bar");
        root.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        root.setMaxWidth(560);
        StackPane.setAlignment(root, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(root, new javafx.geometry.Insets(16));
        resume.setOnAction(e -> {
            onClose.accept(root);
            onResume.accept(offer.applicationId());
        });
        later.setOnAction(e -> onClose.accept(root));
    }

    /** The bar. */
    public HBox getRoot() {
        return root;
    }
}

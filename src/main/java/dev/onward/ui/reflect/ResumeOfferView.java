package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import java.util.function.LongConsumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The offer to resume a half-done reflection: a small dialog that does not block the window. */
public final class ResumeOfferView {
    private ResumeOfferView() {
    }

    /** Shows {@code offer} over {@code owner}; "Resume" runs {@code onResume} with the application's id. */
    public static void show(ResumeOfferViewModel.Offer offer, Window owner, LongConsumer onResume) {
        ButtonType resume = new ButtonType(Messages.text("ui.reflect.resume.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.text("ui.reflect.resume.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, offer.text(), resume, later);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle(Messages.text("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("resumeOffer");
        alert.resultProperty().addListener((obs, old, result) -> {
            if (result == resume) {
                onResume.accept(offer.applicationId());
            }
        });
        alert.show();
    }
}

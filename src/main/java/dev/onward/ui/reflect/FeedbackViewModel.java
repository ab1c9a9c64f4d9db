package dev.onward.ui.reflect;

import dev.onward.domain.Feedback;
import dev.onward.domain.InvalidValueException;
import dev.onward.ui.DateField;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "Feedback" step: what they said, verbatim, kept apart from what the user thinks. */
public final class FeedbackViewModel {
    private final StringProperty askedOn = new SimpleStringProperty(this, "askedOn", "");
    private final StringProperty askedFrom = new SimpleStringProperty(this, "askedFrom", "");
    private final StringProperty receivedOn = new SimpleStringProperty(this, "receivedOn", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final FieldErrors errors = new FieldErrors().declare(FormField.FEEDBACK_ASKED_ON, FormField.FEEDBACK_FROM,
            FormField.FEEDBACK_RECEIVED_ON, FormField.FEEDBACK_TEXT);
    private final DateField days;
    private final Changes changes = new Changes();

    FeedbackViewModel(DateField days) {
        this.days = days;
        changes.watch(askedOn, askedFrom, receivedOn, text);
    }

    Changes changes() {
        return changes;
    }

    /** Shows {@code feedback} as saved. */
    void fill(Feedback feedback) {
        changes.quietly(() -> {
            errors.clear();
            askedOn.set(days.show(feedback.askedOn()));
            askedFrom.set(feedback.askedFrom().orElse(""));
            receivedOn.set(days.show(feedback.receivedOn()));
            text.set(feedback.text().orElse(""));
        });
    }

    /**
     * The feedback as typed. A field that is wrong gets its message and keeps its part of
     * {@code saved}, so the rest is still kept.
     */
    Feedback toFeedback(Feedback saved) {
        errors.clear();
        Optional<LocalDate> asked = days.readUpToToday(askedOn.get())
                .orShow(errors, FormField.FEEDBACK_ASKED_ON, saved.askedOn());
        Optional<LocalDate> received = days.readUpToToday(receivedOn.get())
                .orShow(errors, FormField.FEEDBACK_RECEIVED_ON, saved.receivedOn());
        Optional<String> from = Optional.ofNullable(askedFrom.get());
        Optional<String> words = Optional.ofNullable(text.get());
        Feedback kept = saved;
        kept = attempt(kept, f -> new Feedback(asked, f.askedFrom(), f.receivedOn(), f.text()));
        kept = attempt(kept, f -> new Feedback(f.askedOn(), from, f.receivedOn(), f.text()));
        kept = attempt(kept, f -> new Feedback(f.askedOn(), f.askedFrom(), received, f.text()));
        return attempt(kept, f -> new Feedback(f.askedOn(), f.askedFrom(), f.receivedOn(), words));
    }

    /** {@code change} applied to {@code current}, or {@code current} with a message when the change is refused. */
    private Feedback attempt(Feedback current, UnaryOperator<Feedback> change) {
        try {
            return change.apply(current);
        } catch (InvalidValueException e) {
            errors.show(e.field(), e.getMessage());
            return current;
        }
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
    }

    /** The day the user asked, as typed. */
    public StringProperty askedOnProperty() {
        return askedOn;
    }

    /** Who the user asked. */
    public StringProperty askedFromProperty() {
        return askedFrom;
    }

    /** The day the feedback came, as typed. */
    public StringProperty receivedOnProperty() {
        return receivedOn;
    }

    /** The feedback, verbatim. */
    public StringProperty textProperty() {
        return text;
    }
}

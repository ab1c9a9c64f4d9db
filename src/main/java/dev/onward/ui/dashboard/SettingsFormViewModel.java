package dev.onward.ui.dashboard;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.service.insight.InsightSettings;
import dev.onward.service.settings.SettingsService;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import dev.onward.ui.FormProblems;
import dev.onward.ui.TaskRunner;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The dashboard's small settings form: the weekly target and the days without news before an
 * application is suggested as no reply. Values are checked where they are typed; the journal keeps them.
 */
public final class SettingsFormViewModel {
    private final SettingsService settings;
    private final TaskRunner runner;
    private final Runnable onSaved;
    private final StringProperty weeklyTarget = new SimpleStringProperty(this, "weeklyTarget", "");
    private final StringProperty ghostDays = new SimpleStringProperty(this, "ghostDays", "");
    private final FieldErrors errors = new FieldErrors().declare(FormField.WEEKLY_TARGET, FormField.GHOST_DAYS);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);

    /** A form over {@code settings}; {@code onSaved} runs after a save. */
    public SettingsFormViewModel(SettingsService settings, TaskRunner runner, Runnable onSaved) {
        this.settings = settings;
        this.runner = runner;
        this.onSaved = onSaved;
        errors.recheckOnEdit(FormField.WEEKLY_TARGET, weeklyTarget, this::problems);
        errors.recheckOnEdit(FormField.GHOST_DAYS, ghostDays, this::problems);
    }

    /** Opens the form with the values saved now. */
    public void open() {
        errors.clear();
        runner.run(settings::insightSettings, saved -> {
            weeklyTarget.set(Integer.toString(saved.weeklyTarget()));
            ghostDays.set(Integer.toString(saved.ghostDays()));
            open.set(true);
        }, failure -> errors.show(FieldErrors.FORM, Messages.text("ui.problem.unknown")));
    }

    /** Closes the form without saving. */
    public void cancel() {
        errors.clear();
        open.set(false);
    }

    /** Saves both values when they are whole numbers in range, then closes; otherwise shows every problem at once. */
    public void save() {
        FormProblems problems = new FormProblems();
        Optional<Integer> target = number(FormField.WEEKLY_TARGET, weeklyTarget.get(), InsightSettings.DEFAULT.weeklyTarget(),
                SettingsService::weeklyTargetProblem, problems);
        Optional<Integer> days = number(FormField.GHOST_DAYS, ghostDays.get(), InsightSettings.DEFAULT.ghostDays(),
                SettingsService::ghostDaysProblem, problems);
        errors.showAll(problems);
        if (!problems.isEmpty()) {
            return;
        }
        runner.run(() -> settings.save(target.get(), days.get()), saved -> {
            open.set(false);
            onSaved.run();
        }, failure -> {
            if (failure instanceof InvalidValueException invalid) {
                errors.show(invalid);
            } else {
                errors.show(FieldErrors.FORM, Messages.text("ui.problem.unknown"));
            }
        });
    }

    /** What is wrong with both fields as typed; shows nothing. */
    private FormProblems problems() {
        FormProblems problems = new FormProblems();
        number(FormField.WEEKLY_TARGET, weeklyTarget.get(), InsightSettings.DEFAULT.weeklyTarget(),
                SettingsService::weeklyTargetProblem, problems);
        number(FormField.GHOST_DAYS, ghostDays.get(), InsightSettings.DEFAULT.ghostDays(), SettingsService::ghostDaysProblem,
                problems);
        return problems;
    }

    private static Optional<Integer> number(FormField field, String typed, int example,
            IntFunction<Optional<InvalidValueException>> range, FormProblems problems) {
        int value;
        try {
            value = Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            problems.add(field, Messages.text("dashboard.settings.number", example));
            return Optional.empty();
        }
        Optional<InvalidValueException> problem = range.apply(value);
        problem.ifPresent(p -> problems.add(field, p.getMessage()));
        return problem.isPresent() ? Optional.empty() : Optional.of(value);
    }

    /** The weekly target as typed. */
    public StringProperty weeklyTargetProperty() {
        return weeklyTarget;
    }

    /** The days before no reply is suggested, as typed. */
    public StringProperty ghostDaysProperty() {
        return ghostDays;
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
    }

    /** Whether the form is open. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}

package dev.onward.service.settings;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import dev.onward.service.insight.InsightSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The user's settings: the weekly target and how long a silence lasts before no reply is suspected. */
public final class SettingsService {
    static final String WEEKLY_TARGET = "weeklyTarget";
    static final String GHOST_DAYS = "ghostDays";

    private final SettingsRepository settings;
    private final JournalChanges changes;

    /** Creates the service over its repository; every save is announced to {@code changes}. */
    public SettingsService(SettingsRepository settings, JournalChanges changes) {
        this.settings = settings;
        this.changes = changes;
    }

    /** The settings the figures use; a missing or unreadable value falls back to its default. */
    public InsightSettings insightSettings() {
        return new InsightSettings(
                number(WEEKLY_TARGET, 1, 100).orElse(InsightSettings.DEFAULT.weeklyTarget()),
                number(GHOST_DAYS, 1, 365).orElse(InsightSettings.DEFAULT.ghostDays()));
    }

    /**
     * Saves a weekly target of 1–100 applications and a wait of 1–365 days.
     *
     * @throws InvalidValueException naming the field when a value is out of range (both, when both are)
     */
    public InsightSettings save(int weeklyTarget, int ghostDays) {
        List<InvalidValueException> problems = new ArrayList<>();
        weeklyTargetProblem(weeklyTarget).ifPresent(problems::add);
        ghostDaysProblem(ghostDays).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw InvalidValueException.of(problems);
        }
        settings.put(WEEKLY_TARGET, Integer.toString(weeklyTarget));
        settings.put(GHOST_DAYS, Integer.toString(ghostDays));
        changes.announce(JournalChange.SETTINGS);
        return insightSettings();
    }

    /** Why {@code weeklyTarget} cannot be saved (it must be 1–100), or empty when it can. */
    public static Optional<InvalidValueException> weeklyTargetProblem(int weeklyTarget) {
        return weeklyTarget < 1 || weeklyTarget > 100
                ? Optional.of(new InvalidValueException(WEEKLY_TARGET, Messages.text("field.weeklyTarget.range", 1, 100)))
                : Optional.empty();
    }

    /** Why {@code ghostDays} cannot be saved (it must be 1–365), or empty when it can. */
    public static Optional<InvalidValueException> ghostDaysProblem(int ghostDays) {
        return ghostDays < 1 || ghostDays > 365
                ? Optional.of(new InvalidValueException(GHOST_DAYS, Messages.text("field.ghostDays.range", 1, 365)))
                : Optional.empty();
    }

    private Optional<Integer> number(String key, int min, int max) {
        try {
            return settings.get(key).map(String::strip).map(Integer::parseInt).filter(v -> v >= min && v <= max);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

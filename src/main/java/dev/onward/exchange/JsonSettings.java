package dev.onward.exchange;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.service.insight.InsightSettings;
import dev.onward.service.settings.SettingsService;
import java.util.Optional;

/**
 * Checks the settings of a JSON export the way the app's own settings form does: the weekly
 * target and the wait before no reply is suggested are whole numbers in the ranges
 * {@link SettingsService} accepts. Keys the app does not know are left as they are.
 */
final class JsonSettings {
    /** The keys {@link SettingsService} keeps, as the export writes them. */
    static final String WEEKLY_TARGET = "weeklyTarget";
    static final String GHOST_DAYS = "ghostDays";

    private JsonSettings() {
    }

    /** Whether {@code key} holds a number the app reads (the weekly target, the days before no reply). */
    static boolean isNumber(String key) {
        return WEEKLY_TARGET.equals(key) || GHOST_DAYS.equals(key);
    }

    /**
     * Refuses {@code value} for {@code key} when the app would not save it.
     *
     * @throws InvalidValueException naming the key, with the value and what fits
     */
    static void check(String key, String value) {
        InsightSettings example = InsightSettings.DEFAULT;
        boolean target = WEEKLY_TARGET.equals(key);
        if (!target && !GHOST_DAYS.equals(key)) {
            return;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, Messages.text("exchange.json.settingNotNumber", value,
                    target ? example.weeklyTarget() : example.ghostDays()));
        }
        // the settings service's own checks: the ranges live in one place
        Optional<InvalidValueException> problem = target ? SettingsService.weeklyTargetProblem(number)
                : SettingsService.ghostDaysProblem(number);
        if (problem.isPresent()) {
            throw new InvalidValueException(key, Messages.text("exchange.json.settingOutOfRange", value,
                    problem.get().getMessage()));
        }
    }
}

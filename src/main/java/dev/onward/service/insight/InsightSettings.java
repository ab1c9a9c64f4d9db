package dev.onward.service.insight;

/**
 * The user's settings that shape the figures.
 *
 * @param weeklyTarget applications the user aims to send each week
 * @param ghostDays days without news after which an active application is suggested as no reply
 */
public record InsightSettings(int weeklyTarget, int ghostDays) {
    /** Five a week, three weeks of silence. */
    public static final InsightSettings DEFAULT = new InsightSettings(5, 21);

    /** Refuses targets and waits that make no sense. */
    public InsightSettings {
        if (weeklyTarget < 1 || weeklyTarget > 100) {
            throw new IllegalArgumentException("weekly target must be 1–100: " + weeklyTarget);
        }
        if (ghostDays < 1 || ghostDays > 365) {
            throw new IllegalArgumentException("ghost days must be 1–365: " + ghostDays);
        }
    }
}

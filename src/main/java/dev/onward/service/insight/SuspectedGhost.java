package dev.onward.service.insight;

import java.time.LocalDate;

/**
 * An active application with no news for a while: perhaps no reply is coming.
 *
 * @param applicationId the application
 * @param company its company
 * @param role its role
 * @param lastActivity the last day anything happened
 * @param quietDays days since then
 */
public record SuspectedGhost(long applicationId, String company, String role, LocalDate lastActivity, long quietDays) {
}

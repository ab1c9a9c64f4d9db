package dev.onward.service.insight;

import java.time.LocalDate;

/**
 * Something from a year ago, with what has happened since.
 *
 * @param day the day it happened
 * @param what "Applied to Acme Rockets — Junior Developer" or "Rejected by Acme Rockets"
 * @param applicationId the application
 * @param applicationsSince applications sent since that day
 * @param stagesSince stages reached since that day
 * @param offersSince offers since that day
 */
public record OnThisDayItem(LocalDate day, String what, long applicationId, int applicationsSince, int stagesSince,
        int offersSince) {
}

package dev.onward.service;

import dev.onward.domain.Application;
import dev.onward.domain.Status;
import java.util.List;

/**
 * The journal's headline numbers, as the dashboard and {@code onward stats} show them.
 *
 * @param applications every application
 * @param active those with no outcome yet
 * @param offers those that ended in an offer
 * @param rejections those that ended in a rejection
 * @param ghosted those that ended with no reply
 * @param withdrawn those the user withdrew from
 * @param lessons lessons written (none can be yet: lessons are still to come)
 */
public record HeadlineNumbers(int applications, int active, int offers, int rejections, int ghosted,
        int withdrawn, int lessons) {

    /** Counts {@code all}; {@code lessons} is the number of lessons the journal holds. */
    public static HeadlineNumbers of(List<Application> all, int lessons) {
        return new HeadlineNumbers(all.size(), count(all, Status.ACTIVE), count(all, Status.OFFER),
                count(all, Status.REJECTED), count(all, Status.GHOSTED), count(all, Status.WITHDREW), lessons);
    }

    private static int count(List<Application> all, Status status) {
        return (int) all.stream().filter(a -> a.status() == status).count();
    }
}

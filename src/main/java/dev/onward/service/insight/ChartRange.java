package dev.onward.service.insight;

import java.time.LocalDate;
import java.util.Optional;

/** The period the dashboard's charts cover. */
public enum ChartRange {
    /** The last 30 days. */
    LAST_30_DAYS(30),
    /** The last 90 days. */
    LAST_90_DAYS(90),
    /** The last year. */
    LAST_YEAR(365),
    /** Everything. */
    ALL(0);

    private final int days;

    ChartRange(int days) {
        this.days = days;
    }

    /** The first day inside the range, or empty for everything. */
    public Optional<LocalDate> since(LocalDate today) {
        return days == 0 ? Optional.empty() : Optional.of(today.minusDays(days - 1L));
    }
}

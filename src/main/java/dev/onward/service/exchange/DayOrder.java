package dev.onward.service.exchange;

/** How to read a date like 03/04/2026: day first (3 April) or month first (4 March). */
public enum DayOrder {
    /** 03/04/2026 is 3 April. */
    DAY_FIRST,
    /** 03/04/2026 is 4 March. */
    MONTH_FIRST
}

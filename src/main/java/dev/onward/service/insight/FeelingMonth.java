package dev.onward.service.insight;

import dev.onward.domain.Feeling;
import java.time.YearMonth;

/**
 * One feeling in one month: how often it was named and how strong it was on average.
 *
 * @param month the month of the outcome reflected on
 * @param feeling the feeling
 * @param named how many times it was named
 * @param averageIntensity its average intensity, 1–5
 */
public record FeelingMonth(YearMonth month, Feeling feeling, int named, double averageIntensity) {
}

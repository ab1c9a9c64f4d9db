package dev.onward.service.applications;

import dev.onward.domain.Status;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What the Applications list shows: text to look for in company, role and location (case and
 * accents ignored) and, optionally, one status.
 *
 * @param text the text typed in the filter box; blank shows everything
 * @param status the status to keep, or empty for all
 */
public record ApplicationFilter(String text, Optional<Status> status) {
    /** Everything. */
    public static final ApplicationFilter ALL = new ApplicationFilter("", Optional.empty());

    /** Normalises a missing text to blank. */
    public ApplicationFilter {
        text = text == null ? "" : text.strip();
        status = status == null ? Optional.empty() : status;
    }

    /** Whether {@code summary} passes this filter. */
    public boolean accepts(ApplicationSummary summary) {
        if (status.isPresent() && summary.status() != status.get()) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String needle = fold(text);
        return fold(summary.company()).contains(needle) || fold(summary.role()).contains(needle)
                || summary.location().map(ApplicationFilter::fold).filter(l -> l.contains(needle)).isPresent();
    }

    /** Lower case without accents, so "munchen" finds "München". */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

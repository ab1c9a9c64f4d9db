package dev.onward.service.exchange;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Outcome;
import dev.onward.domain.StageDetails;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An application about to be added by an import: its details, the stages its status implies and
 * its outcome, when it has ended.
 *
 * @param details what the file says about it
 * @param stages the stages to log with it
 * @param outcome how it ended, when it has
 */
public record NewApplication(ApplicationDetails details, List<StageDetails> stages, Optional<Outcome> outcome) {
    /** Checks every part is present and copies the stages. */
    public NewApplication {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(outcome, "outcome");
        stages = List.copyOf(stages);
    }
}

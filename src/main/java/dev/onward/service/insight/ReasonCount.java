package dev.onward.service.insight;

import dev.onward.domain.Reason;

/**
 * How often one possible reason was chosen.
 *
 * @param reason the reason
 * @param chosen how many reflections chose it
 * @param outsideMyControl how many of those counted it outside the user's control
 */
public record ReasonCount(Reason reason, int chosen, int outsideMyControl) {
}

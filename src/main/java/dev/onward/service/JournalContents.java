package dev.onward.service;

import dev.onward.domain.Application;
import dev.onward.domain.StageKind;
import java.util.List;

/**
 * Everything the journal holds, as one value: the kinds of stage in their order and every
 * application with its stages, outcome and status history. Exports are made from it and a
 * whole-journal import restores it.
 *
 * @param stageKinds every kind of stage, in order
 * @param applications every application, oldest id first
 */
public record JournalContents(List<StageKind> stageKinds, List<Application> applications) {
    /** Copies both lists, unmodifiable. */
    public JournalContents {
        stageKinds = List.copyOf(stageKinds);
        applications = List.copyOf(applications);
    }
}

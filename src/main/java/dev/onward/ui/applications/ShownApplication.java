package dev.onward.ui.applications;

import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.TimelineEntry;
import dev.onward.ui.DateText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One application as the detail pane shows it, read in one go: with its timeline, every kind of
 * stage and the furthest it reached; empty when the application is gone.
 */
record ShownApplication(Optional<Application> application, List<TimelineEntry> timeline, List<StageKind> kinds,
        Optional<StageKind> furthest) {

    /** An application that is no longer in the journal. */
    static ShownApplication gone() {
        return new ShownApplication(Optional.empty(), List.of(), List.of(), Optional.empty());
    }

    /** "Junior Developer · Applied 7 Mar 2026 · Reached Final round", for an application that is there. */
    String summary(DateText dates) {
        Application a = application.orElseThrow();
        String role = a.details().role();
        String applied = a.details().applied().map(d -> Messages.text("ui.detail.applied", dates.show(d))).orElse("");
        String reached = furthest.map(k -> Messages.text("ui.detail.reached", k.name())).orElse("");
        return String.join(" \u00b7 ", Stream.of(role, applied, reached).filter(s -> !s.isEmpty()).toList());
    }

    /** The kind after the furthest one reached: the likely next stage; null when there are no kinds. */
    StageKind nextKind() {
        if (kinds.isEmpty()) {
            return null;
        }
        if (furthest.isEmpty()) {
            return kinds.size() > 1 ? kinds.get(1) : kinds.get(0);
        }
        int at = kinds.indexOf(furthest.get());
        return kinds.get(Math.min(at + 1, kinds.size() - 1));
    }

    /** The kind of stage the application ended at, when its outcome names one. */
    Optional<StageKind> endedAt() {
        return application.flatMap(Application::outcome).flatMap(o -> o.endedAtKindId())
                .flatMap(kindId -> kinds.stream().filter(k -> k.id() == kindId).findFirst());
    }
}

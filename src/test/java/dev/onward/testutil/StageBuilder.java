package dev.onward.testutil;

import dev.onward.domain.Rating;
import dev.onward.domain.StageDetails;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Builds {@link StageDetails} for tests: valid by default (on 12 March 2026, after
 * {@link ApplicationDetailsBuilder}'s applied day, nothing else noted), change only what matters. The
 * kind is always given, looked up by name in a journal ({@link TestJournal#stageKind}): ids are not
 * guessed.
 */
public final class StageBuilder {
    private final long kindId;
    private LocalDate date = LocalDate.of(2026, 3, 12);
    private Optional<LocalTime> time = Optional.empty();
    private Optional<String> peopleMet = Optional.empty();
    private Optional<String> preparation = Optional.empty();
    private Optional<Integer> howItWent = Optional.empty();
    private Optional<String> notes = Optional.empty();

    private StageBuilder(long kindId) {
        this.kindId = kindId;
    }

    /** Starts from a valid stage of the kind with id {@code kindId}. */
    public static StageBuilder aStage(long kindId) {
        return new StageBuilder(kindId);
    }

    /** Sets the day. */
    public StageBuilder on(LocalDate day) {
        date = day;
        return this;
    }

    /** Sets the time of day; null for not known. */
    public StageBuilder at(LocalTime value) {
        time = Optional.ofNullable(value);
        return this;
    }

    /** Sets who the user met. */
    public StageBuilder peopleMet(String value) {
        peopleMet = Optional.ofNullable(value);
        return this;
    }

    /** Sets how the user prepared. */
    public StageBuilder preparation(String value) {
        preparation = Optional.ofNullable(value);
        return this;
    }

    /** Sets how it went, 1–5; null for not rated. */
    public StageBuilder howItWent(Integer value) {
        howItWent = Optional.ofNullable(value);
        return this;
    }

    /** Sets the notes. */
    public StageBuilder notes(String value) {
        notes = Optional.ofNullable(value);
        return this;
    }

    /** The details; throws like the records would for invalid values. */
    public StageDetails build() {
        return new StageDetails(kindId, date, time, peopleMet, preparation, howItWent.map(Rating::new), notes);
    }
}

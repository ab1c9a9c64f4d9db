package dev.onward.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user logs about one stage of an application.
 *
 * @param kindId the {@link StageKind} this stage is
 * @param date the day it happened or is planned
 * @param time the time of day, when known
 * @param peopleMet who the user met
 * @param preparation how the user prepared
 * @param howItWent how the user thinks it went, 1–5
 * @param notes free notes
 */
public record StageDetails(
        long kindId,
        LocalDate date,
        Optional<LocalTime> time,
        Optional<String> peopleMet,
        Optional<String> preparation,
        Optional<Rating> howItWent,
        Optional<String> notes) {

    /** Longest "people met". */
    public static final int MAX_PEOPLE = 500;
    /** Longest preparation or notes text. */
    public static final int MAX_TEXT = 20_000;

    /** Validates and normalises every field; when several are wrong, the exception lists them all. */
    public StageDetails {
        Problems problems = new Problems();
        if (date == null) {
            problems.add(new InvalidValueException("stageDate", Messages.text("field.stageDate.required")));
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(howItWent, "howItWent");
        peopleMet = problems.check(v -> Fields.optional("peopleMet", v, MAX_PEOPLE), peopleMet, Optional.empty());
        preparation = problems.check(v -> Fields.optional("preparation", v, MAX_TEXT), preparation, Optional.empty());
        notes = problems.check(v -> Fields.optional("stageNotes", v, MAX_TEXT), notes, Optional.empty());
        problems.throwIfAny();
    }

    /** A stage with only its kind and date. */
    public static StageDetails of(long kindId, LocalDate date) {
        return new StageDetails(kindId, date, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}

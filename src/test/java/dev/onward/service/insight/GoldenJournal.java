package dev.onward.service.insight;

import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static dev.onward.testutil.StageBuilder.aStage;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.ChosenReason;
import dev.onward.domain.Contact;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Feedback;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.Stage;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import dev.onward.domain.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds journals in memory for the figures' golden tests: every application, stage and outcome is
 * placed on purpose so that each figure has an answer worked out by hand.
 */
final class GoldenJournal {
    static final List<StageKind> KINDS = List.of(new StageKind(1, "Applied", 1), new StageKind(2, "Recruiter screen", 2),
            new StageKind(3, "Phone screen", 3), new StageKind(4, "Take-home", 4), new StageKind(5, "Technical interview", 5),
            new StageKind(6, "Team interview", 6), new StageKind(7, "Onsite", 7), new StageKind(8, "Final round", 8),
            new StageKind(9, "Offer", 9));
    static final long RECRUITER = 2;
    static final long TECHNICAL = 5;
    static final long FINAL = 8;

    private final List<Application> applications = new ArrayList<>();
    private final List<Reflection> reflections = new ArrayList<>();
    private final List<Lesson> lessons = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private long nextId = 1;

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Adds an application sent on {@code applied}, with stages (kind, day, rating or 0) and an outcome or null. */
    long add(String applied, OutcomeKind ended, String endedOn, long[][] stages, String[] stageDays) {
        long id = nextId++;
        Instant created = day(applied).atTime(9, 0).toInstant(ZoneOffset.UTC);
        List<Stage> logged = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            Integer rating = stages[i][1] == 0 ? null : (int) stages[i][1];
            logged.add(new Stage(id * 100 + i, id, aStage(stages[i][0]).on(day(stageDays[i])).howItWent(rating).build()));
        }
        List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(Status.ACTIVE, created)));
        Optional<Outcome> outcome = Optional.empty();
        if (ended != null) {
            outcome = Optional.of(anOutcome().kind(ended).on(day(endedOn)).build());
            history.add(new StatusChange(ended.status(), day(endedOn).atTime(18, 0).toInstant(ZoneOffset.UTC)));
        }
        ApplicationDetails details = ApplicationDetails.of("Company " + id, "Role " + id).withApplied(Optional.of(day(applied)));
        applications.add(new Application(id, details, logged, outcome, history, created, created));
        return id;
    }

    long add(String applied, OutcomeKind ended, String endedOn) {
        return add(applied, ended, endedOn, new long[0][], new String[0]);
    }

    long add(String applied, OutcomeKind ended, String endedOn, long kind, int rating, String stageDay) {
        return add(applied, ended, endedOn, new long[][] {{kind, rating}}, new String[] {stageDay});
    }

    void reflect(long applicationId, List<NamedFeeling> feelings, List<ChosenReason> reasons) {
        reflections.add(new Reflection(applicationId, Optional.empty(), feelings, reasons, Optional.empty(), Feedback.NONE,
                Optional.empty(), Optional.empty(), Map.of(), ReflectionStep.REASONS, Instant.parse("2026-11-20T10:00:00Z")));
    }

    static NamedFeeling feeling(Feeling feeling, int intensity) {
        return new NamedFeeling(feeling, Optional.empty(), new Intensity(intensity));
    }

    void lesson(String text, Theme theme) {
        long id = lessons.size() + 1;
        lessons.add(new Lesson(id, LessonDetails.of(text, theme), Optional.empty(), Optional.empty(), Instant.EPOCH, Instant.EPOCH));
    }

    void contact(String name, String keepInTouchOn) {
        contacts.add(new Contact(contacts.size() + 1, new ContactDetails(name, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(day(keepInTouchOn)))));
    }

    JournalData data() {
        return new JournalData(applications, KINDS, reflections, lessons, contacts);
    }

    static ChosenReason reason(Reason reason) {
        return ChosenReason.of(reason);
    }
}

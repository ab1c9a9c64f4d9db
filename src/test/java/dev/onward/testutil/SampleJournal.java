package dev.onward.testutil;

import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static dev.onward.testutil.StageBuilder.aStage;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Arrival;
import dev.onward.domain.ChosenReason;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Feedback;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.StepState;
import dev.onward.domain.Theme;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Fills a journal with a bit of everything: a user-added kind of stage, applications in every
 * status with accents, CJK, emoji, right-to-left text and text that looks like SQL or markup,
 * stages with and without times (one upcoming), a reflection with a contact, lessons and a setting.
 */
public final class SampleJournal {
    private SampleJournal() {
    }

    /** Adds the sample to {@code journal} (dated around the fixed test clock, 24 Nov 2026). */
    public static void fill(TestJournal journal) {
        var j = journal.journal();
        StageKind coffee = j.addStageKind("Café chat ☕", 3);
        Application acme = j.add(ApplicationDetailsBuilder.anApplication().company("Acme Rockets")
                .notes("Said \"maybe\"; '; DROP TABLE application;--\n<b>bold</b>").build());
        long finalRound = journal.stageKind("Final round");
        j.addStage(acme.id(), aStage(coffee.id()).on(LocalDate.of(2026, 3, 12)).at(LocalTime.of(9, 30))
                .peopleMet("Zoë, 李雷").preparation("Read the blog").howItWent(3).notes("Went fine 🙂").build());
        j.addStage(acme.id(), StageDetails.of(finalRound, LocalDate.of(2026, 3, 26)));
        j.recordOutcome(acme.id(), anOutcome().rejected().on(LocalDate.of(2026, 4, 2)).endedAt(finalRound)
                .message("We went with a more experienced candidate.").build());
        Application cafe = j.add(new ApplicationDetails("Café Lumière", "Designer", Optional.of("Montréal"),
                Optional.empty(), Optional.of("LinkedIn"), Optional.empty(), Optional.of(LocalDate.of(2026, 11, 2)),
                Optional.empty()));
        j.addStage(cafe.id(), aStage(journal.stageKind("Team interview")).on(LocalDate.of(2026, 12, 1))
                .at(LocalTime.of(14, 0)).peopleMet("Amira; Omar, the team lead")
                .notes("مقابلة مع الفريق — bring the portfolio, the long version with every case study").build());
        Application tokyo = j.add(ApplicationDetails.of("東京ソフト", "エンジニア"));
        j.recordOutcome(tokyo.id(), anOutcome().ghosted().on(LocalDate.of(2026, 10, 1)).build());
        Application offer = j.add(ApplicationDetails.of("Orchard", "Analyst"));
        j.recordOutcome(offer.id(), anOutcome().offer().on(LocalDate.of(2026, 11, 20)).build());
        reflect(journal, acme.id(), finalRound);
        new dev.onward.persistence.settings.SqliteSettingsRepository(journal.database()).put("weeklyTarget", "4");
    }

    private static void reflect(TestJournal journal, long applicationId, long finalRound) {
        var contact = journal.reflections().keepContact(applicationId, new ContactDetails("Zoë Martin",
                Optional.of("Recruiter"), Optional.of("Acme Rockets"), Optional.of("zoe@acme.example"),
                Optional.of("Kind, direct"), Optional.of(LocalDate.of(2026, 12, 15))));
        Reflection r = journal.reflections().open(applicationId);
        journal.reflections().save(new Reflection(applicationId, Optional.of(Arrival.EMAIL),
                List.of(new NamedFeeling(Feeling.DISAPPOINTED, Optional.empty(), new Intensity(4)),
                        new NamedFeeling(Feeling.OTHER, Optional.of("flat"), new Intensity(2))),
                List.of(ChosenReason.of(Reason.INTERNAL_CANDIDATE),
                        new ChosenReason(Reason.OTHER, Optional.of("Timing"), false)),
                Optional.of("One final round closer."), new Feedback(Optional.of(LocalDate.of(2026, 4, 3)),
                        Optional.of("Zoë"), Optional.empty(), Optional.empty()),
                Optional.of(LocalDate.of(2026, 4, 3)), Optional.of(contact.id()),
                java.util.Map.of(ReflectionStep.WHAT_HAPPENED, StepState.DONE, ReflectionStep.FEELINGS, StepState.SKIPPED),
                ReflectionStep.REASONS, r.updated()));
        var first = journal.lessons().add(new LessonDetails("Prepare two *stories* about [conflict]", Theme.STORYTELLING,
                true, Optional.of(finalRound), LessonStatus.PRACTISING), Optional.of(applicationId));
        journal.lessons().addAsRepeat(LessonDetails.of("Tell stories with numbers", Theme.STORYTELLING),
                Optional.empty(), first.id());
        journal.lessons().add(new LessonDetails("They had an internal candidate", Theme.OTHER, false, Optional.empty(),
                LessonStatus.NEW), Optional.of(applicationId));
    }
}

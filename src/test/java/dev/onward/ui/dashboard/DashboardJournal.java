package dev.onward.ui.dashboard;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static dev.onward.testutil.StageBuilder.aStage;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.Theme;
import dev.onward.service.applications.ApplicationService;
import dev.onward.testutil.TestJournal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small journal filled through the services, with figures worked out by hand for "today",
 * Tuesday 24 November 2026 ({@link TestJournal#FIXED_CLOCK}); the week began Monday 23 November.
 *
 * <ul>
 * <li>8 applications: 3 active (Café Lumière, Lumen Labs, Kestrel), 1 offer, 4 rejected.</li>
 * <li>This week: Kestrel (23 Nov), so 1 of 5; streak 1 week (nothing sent 16–22 Nov).</li>
 * <li>Momentum: rejections on 20 Dec 2025, 15 Jun, 31 Aug and 5 Nov 2026 were followed by
 * applications after 163, 78, 1 and 5 days: median 41.5 over all time; 3 over the last 90 days.</li>
 * <li>Suspected no reply: Café Lumière, sent 1 Sep with nothing since: 84 days.</li>
 * <li>Next 14 days: Lumen Labs' technical interview on 1 Dec, Dana Ruiz on 5 Dec.</li>
 * <li>A year ago: Old Mill, sent 24 Nov 2025; since then 7 applications, 3 stages, 1 offer.</li>
 * <li>Funnel: Applied 8 (2 rejected, 3 active stopped there), Recruiter screen 3 (1 rejected),
 * Final round 2 (1 offer, 1 rejected).</li>
 * <li>Reasons: 1 of the 2 picked outside the user's control; feelings in Nov 2026: angry 2, disappointed 4.</li>
 * <li>Calibration: 3 rated stages, too few for a sentence; focus area: Research, 3 new lessons.</li>
 * </ul>
 */
final class DashboardJournal {
    /** The id of Café Lumière, the one suspected of no reply. */
    final long quiet;
    /** The id of Lumen Labs, with a stage coming up. */
    final long upcoming;

    private DashboardJournal(long quiet, long upcoming) {
        this.quiet = quiet;
        this.upcoming = upcoming;
    }

    /** Fills {@code journal} and says where the notable applications are. */
    static DashboardJournal fill(TestJournal journal) {
        ApplicationService j = journal.journal();
        long recruiter = journal.stageKind("Recruiter screen");
        long technical = journal.stageKind("Technical interview");
        long finalRound = journal.stageKind("Final round");
        long acme = add(j, "Acme Rockets", "Junior Developer", "2026-06-01");
        end(j, acme, OutcomeKind.REJECTED, "2026-06-15");
        long orchard = add(j, "Orchard", "Analyst", "2026-06-01");
        stage(j, orchard, recruiter, "2026-06-10", 3);
        end(j, orchard, OutcomeKind.REJECTED, "2026-08-31");
        long cafe = add(j, "Café Lumière", "Designer", "2026-09-01");
        long northwind = add(j, "Northwind", "Data Engineer", "2026-06-01");
        stage(j, northwind, finalRound, "2026-10-28", 2);
        end(j, northwind, OutcomeKind.OFFER, "2026-11-06");
        long harbor = add(j, "Blue Harbor", "Developer", "2026-06-01");
        stage(j, harbor, finalRound, "2026-10-28", 1);
        end(j, harbor, OutcomeKind.REJECTED, "2026-11-05");
        long lumen = add(j, "Lumen Labs", "Backend Developer", "2026-11-10");
        stage(j, lumen, technical, "2026-12-01", 0);
        add(j, "Kestrel", "Platform Engineer", "2026-11-23");
        long mill = add(j, "Old Mill", "Support Engineer", "2025-11-24");
        end(j, mill, OutcomeKind.REJECTED, "2025-12-20");

        Reflection opened = journal.reflections().open(harbor);
        journal.reflections().save(opened.withFeelings(List.of(feeling(Feeling.DISAPPOINTED, 4), feeling(Feeling.ANGRY, 2)))
                .withReasons(List.of(ChosenReason.of(Reason.INTERNAL_CANDIDATE), ChosenReason.of(Reason.NOT_SEEN))));
        journal.reflections().keepContact(harbor, new ContactDetails("Dana Ruiz", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.parse("2026-12-05"))));
        journal.lessons().add(LessonDetails.of("Read the team's engineering blog", Theme.RESEARCH), Optional.of(harbor));
        journal.lessons().add(LessonDetails.of("Look up the interviewers", Theme.RESEARCH), Optional.empty());
        journal.lessons().add(LessonDetails.of("Know the product's pricing", Theme.RESEARCH), Optional.empty());
        return new DashboardJournal(cafe, lumen);
    }

    private static long add(ApplicationService j, String company, String role, String applied) {
        return j.add(anApplication().company(company).role(role).applied(LocalDate.parse(applied)).build()).id();
    }

    private static void stage(ApplicationService j, long id, long kind, String day, int rating) {
        j.addStage(id, aStage(kind).on(LocalDate.parse(day)).howItWent(rating == 0 ? null : rating).build());
    }

    private static void end(ApplicationService j, long id, OutcomeKind kind, String day) {
        j.recordOutcome(id, anOutcome().kind(kind).on(LocalDate.parse(day)).build());
    }

    private static NamedFeeling feeling(Feeling feeling, int intensity) {
        return new NamedFeeling(feeling, Optional.empty(), new Intensity(intensity));
    }
}

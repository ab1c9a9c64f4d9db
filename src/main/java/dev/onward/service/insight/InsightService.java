package dev.onward.service.insight;

import dev.onward.service.applications.ApplicationRepository;
import dev.onward.service.applications.StageKindRepository;
import dev.onward.service.lessons.LessonRepository;
import dev.onward.service.reflect.ContactRepository;
import dev.onward.service.reflect.ReflectionRepository;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The dashboard's figures and the command line's {@code stats}: reads the journal once, then
 * computes every figure in memory for the day {@code clock} says it is.
 */
public final class InsightService {
    private final ApplicationRepository applications;
    private final StageKindRepository kinds;
    private final ReflectionRepository reflections;
    private final LessonRepository lessons;
    private final ContactRepository contacts;
    private final Clock clock;

    /** Creates the service over the repositories it reads. */
    public InsightService(ApplicationRepository applications, StageKindRepository kinds, ReflectionRepository reflections,
            LessonRepository lessons, ContactRepository contacts, Clock clock) {
        this.applications = applications;
        this.kinds = kinds;
        this.reflections = reflections;
        this.lessons = lessons;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Every figure, with the charts covering {@code range}. */
    public Insights insights(InsightSettings settings, ChartRange range) {
        JournalData data = new JournalData(applications.findAll(), kinds.findAll(), reflections.findAll(),
                lessons.findAll(), contacts.findAll());
        return compute(data, settings, range, clock);
    }

    /** Every figure computed from {@code data} as of {@code clock}'s day: a pure function, for tests and benchmarks. */
    public static Insights compute(JournalData data, InsightSettings settings, ChartRange range, Clock clock) {
        return new DashboardFigures(data, LocalDate.now(clock), clock.getZone()).compute(settings, range);
    }
}

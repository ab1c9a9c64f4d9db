package dev.onward.service.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.domain.Theme;
import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Lessons across applications: noted, grouped by theme, practised into habits, and noticed when they repeat. */
public final class LessonService {
    /** How alike two lessons' words must be to count as the same lesson noted again. */
    static final double SIMILAR = 0.5;
    /** Lessons of each focus area on a checklist before a stage, the newest. */
    static final int FROM_EACH_FOCUS_AREA = 3;

    private final LessonRepository lessons;
    private final Clock clock;
    private final JournalChanges changes;

    /** Creates the service; {@code clock} says what "now" is, and every write is announced to {@code changes}. */
    public LessonService(LessonRepository lessons, Clock clock, JournalChanges changes) {
        this.lessons = lessons;
        this.clock = clock;
        this.changes = changes;
    }

    /** Notes a new lesson, from application {@code applicationId} when given. */
    public Lesson add(LessonDetails details, Optional<Long> applicationId) {
        return announced(lessons.add(details, applicationId, Optional.empty(), clock.instant()));
    }

    /** Notes a lesson as a repeat of lesson {@code earlierId} instead of a new one. */
    public Lesson addAsRepeat(LessonDetails details, Optional<Long> applicationId, long earlierId) {
        require(earlierId);
        return announced(lessons.add(details, applicationId, Optional.of(earlierId), clock.instant()));
    }

    /** The lesson with {@code id}, if there is one. */
    public Optional<Lesson> find(long id) {
        return lessons.find(id);
    }

    /** Replaces what lesson {@code id} says. */
    public Lesson edit(long id, LessonDetails details) {
        require(id);
        lessons.update(id, details, clock.instant());
        return announced(require(id));
    }

    /** Moves lesson {@code id} to {@code status} (new, practising, habit). */
    public Lesson changeStatus(long id, LessonStatus status) {
        return edit(id, require(id).details().withStatus(status));
    }

    /**
     * Deletes lesson {@code id} and returns what was removed, with the lessons linked to it as
     * repeats, so that {@link #undoDelete(DeletedLesson)} can put it back as it was.
     */
    public DeletedLesson delete(long id) {
        Lesson removed = require(id);
        List<Long> repeats = lessons.findAll().stream().filter(l -> l.repeatOf().equals(Optional.of(id)))
                .map(Lesson::id).toList();
        lessons.delete(id);
        return announced(new DeletedLesson(removed, repeats));
    }

    /** Puts back a lesson returned by {@link #delete(long)}, its repeats linked to it again. */
    public void undoDelete(DeletedLesson removed) {
        lessons.restore(removed.lesson());
        for (long repeat : removed.repeats()) {
            if (lessons.find(repeat).isPresent()) {
                lessons.linkRepeat(repeat, Optional.of(removed.lesson().id()), clock.instant());
            }
        }
        announced(removed);
    }

    /** Tells who listens that the lessons changed, and returns {@code written}. */
    private <T> T announced(T written) {
        changes.announce(JournalChange.LESSONS);
        return written;
    }

    /** The lessons that pass {@code filter}, grouped by theme in the themes' order, newest first in each. */
    public Map<Theme, List<Lesson>> byTheme(LessonFilter filter) {
        Map<Theme, List<Lesson>> grouped = new EnumMap<>(Theme.class);
        for (Lesson lesson : lessons.findAll()) {
            if (filter.accepts(lesson)) {
                grouped.computeIfAbsent(lesson.details().theme(), t -> new ArrayList<>()).add(lesson);
            }
        }
        Map<Theme, List<Lesson>> ordered = new LinkedHashMap<>();
        grouped.forEach((theme, list) -> ordered.put(theme, List.copyOf(list)));
        return ordered;
    }

    /** The lessons noted from application {@code applicationId}, newest first. */
    public List<Lesson> from(long applicationId) {
        return lessons.findFrom(applicationId);
    }

    /** Every lesson, newest first. */
    public List<Lesson> all() {
        return lessons.findAll();
    }

    /** Themes seen in {@value FocusArea#THRESHOLD} or more lessons, the most frequent first. */
    public List<FocusArea> focusAreas() {
        return FocusArea.from(lessons.findAll());
    }

    /**
     * The checklist before a stage of kind {@code stageKindId}: its lessons, then up to
     * {@value #FROM_EACH_FOCUS_AREA} of each focus area's; a habit already is not listed, nor a
     * lesson noted again (as a repeat, or in the same words) after one that is.
     */
    public PrepareChecklist prepareFor(long stageKindId) {
        List<Lesson> all = lessons.findAll();
        Set<String> seen = new HashSet<>();   // the same words noted twice, not linked as a repeat: once
        List<Lesson> toPractise = all.stream().filter(l -> l.details().status() != LessonStatus.HABIT)
                .filter(l -> l.repeatOf().isEmpty())
                .filter(l -> seen.add(l.details().text().strip().toLowerCase(Locale.ROOT))).toList();
        List<Lesson> forTheStage = toPractise.stream()
                .filter(l -> l.details().stageKindId().equals(Optional.of(stageKindId))).toList();
        List<Theme> focus = FocusArea.from(all).stream().map(FocusArea::theme).toList();
        List<Lesson> fromFocus = new ArrayList<>();
        for (Theme theme : focus) {
            toPractise.stream().filter(l -> l.details().theme() == theme && !forTheStage.contains(l))
                    .limit(FROM_EACH_FOCUS_AREA).forEach(fromFocus::add);
        }
        return new PrepareChecklist(forTheStage, focus, fromFocus);
    }

    /** Earlier lessons that say much the same as {@code text}, the closest first: "you noted this before". */
    public List<Lesson> similarTo(String text) {
        var words = LessonWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return lessons.findAll().stream()
                .map(l -> Map.entry(l, LessonWords.overlap(words, LessonWords.of(l.details().text()))))
                .filter(e -> e.getValue() >= SIMILAR)
                .sorted(Map.Entry.<Lesson, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** How many times each lesson was noted: itself plus the lessons linked as its repeats. */
    public Map<Long, Integer> timesNoted() {
        List<Lesson> all = lessons.findAll();
        Map<Long, Long> repeats = all.stream().flatMap(l -> l.repeatOf().stream())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        return all.stream().collect(Collectors.toMap(Lesson::id, l -> 1 + repeats.getOrDefault(l.id(), 0L).intValue()));
    }

    private Lesson require(long id) {
        return lessons.find(id).orElseThrow(() -> new NoSuchElementException(Messages.text("lesson.missing")));
    }
}

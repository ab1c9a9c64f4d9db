package dev.onward.ui.applications;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.Contact;
import dev.onward.domain.Messages;
import dev.onward.domain.Reason;
import dev.onward.service.applications.CompanyHistory;
import dev.onward.service.applications.PastApplication;
import dev.onward.ui.DateText;
import dev.onward.ui.TaskRunner;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Company memory in the new-application form: once the company typed has history, what happened
 * there before, in a few short lines. The history is read on the {@link TaskRunner}; an answer
 * for a company typed earlier never replaces the answer for the one typed since.
 */
public final class CompanyHistoryViewModel {
    /** The most earlier applications shown; the rest are counted. */
    static final int SHOWN = 3;
    /** The most lessons and contacts named. */
    private static final int NAMED = 3;
    /** Longest lesson shown in full; the rest ends in an ellipsis. */
    private static final int LESSON_LENGTH = 90;

    /** One earlier application, as a line that opens it. */
    public record Entry(long id, String text) {
    }

    private final Function<String, CompanyHistory> recall;
    private final TaskRunner runner;
    private final DateText dates;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper more = new ReadOnlyStringWrapper(this, "more", "");
    private final ReadOnlyStringWrapper reasons = new ReadOnlyStringWrapper(this, "reasons", "");
    private final ReadOnlyStringWrapper lessons = new ReadOnlyStringWrapper(this, "lessons", "");
    private final ReadOnlyStringWrapper contacts = new ReadOnlyStringWrapper(this, "contacts", "");
    private long asked;
    private String lastAsked = "";

    /**
     * Recalls with {@code recall} (a company's history, e.g. {@code CompanyMemory::recall}) on
     * {@code runner}, showing days with {@code dates}.
     */
    public CompanyHistoryViewModel(Function<String, CompanyHistory> recall, TaskRunner runner, DateText dates) {
        this.recall = Objects.requireNonNull(recall, "recall");
        this.runner = runner;
        this.dates = dates;
    }

    /** A history that never shows: for forms that edit an application already saved. */
    public static CompanyHistoryViewModel none() {
        return new CompanyHistoryViewModel(CompanyHistory::none, null, null);
    }

    /**
     * Looks up what happened at {@code company} before and shows it; a blank company, or one
     * without history, shows nothing. Asking again for the same company does nothing.
     */
    public void recall(String company) {
        String typed = company == null ? "" : company.strip();
        if (runner == null || typed.equals(lastAsked)) {
            return;
        }
        lastAsked = typed;
        long query = ++asked;
        if (typed.isEmpty()) {
            show(CompanyHistory.none(""));
            return;
        }
        runner.run(() -> recall.apply(typed), history -> {
            if (query == asked) {
                show(history);
            }
        }, failure -> {
            if (query == asked) {
                show(CompanyHistory.none(typed));
            }
        });
    }

    /** Hides the history and forgets what was asked: the form is empty again. */
    public void clear() {
        asked++;
        lastAsked = "";
        show(CompanyHistory.none(""));
    }

    private void show(CompanyHistory history) {
        List<PastApplication> past = history.applications();
        entries.setAll(past.stream().limit(SHOWN).map(p -> new Entry(p.id(), line(p))).toList());
        int hidden = Math.max(0, past.size() - SHOWN);
        more.set(hidden == 0 ? "" : Messages.text("ui.form.history.more", hidden));
        reasons.set(listed("ui.form.history.reasons", reasonsPicked(past)));
        lessons.set(listed("ui.form.history.lessons", past.stream().flatMap(p -> p.lessons().stream())
                .map(l -> shortened(l.details().text())).distinct().limit(NAMED).toList()));
        contacts.set(listed("ui.form.history.contacts",
                history.contacts().stream().limit(NAMED).map(CompanyHistoryViewModel::contact).toList()));
        shown.set(!past.isEmpty());
    }

    /** "Backend Engineer · applied 2 Mar 2025 · rejected after final round, 1 Apr 2025". */
    private String line(PastApplication past) {
        String status = Messages.midSentence(past.status().label());
        String how;
        if (!past.status().hasEnded()) {
            how = past.furthestStage()
                    .map(k -> Messages.text("ui.form.history.activeReached", Messages.midSentence(k.name())))
                    .orElse(Messages.text("ui.form.history.active"));
        } else {
            String day = past.endedOn().map(dates::show).orElse("");
            how = past.furthestStage()
                    .map(k -> Messages.text("ui.form.history.endedAfter", status, Messages.midSentence(k.name()), day))
                    .orElse(Messages.text("ui.form.history.ended", status, day));
        }
        return past.applied()
                .map(day -> Messages.text("ui.form.history.application", past.role(), dates.show(day), how))
                .orElse(Messages.text("ui.form.history.applicationUndated", past.role(), how));
    }

    /** The reasons picked across the earlier applications, the most often picked first. */
    private static List<String> reasonsPicked(List<PastApplication> past) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        past.stream().flatMap(p -> p.reasons().stream()).map(CompanyHistoryViewModel::reason)
                .forEach(r -> counted.merge(r, 1, Integer::sum));
        return counted.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }

    private static String reason(ChosenReason chosen) {
        return chosen.reason() == Reason.OTHER ? chosen.note().orElse(Reason.OTHER.label()) : chosen.reason().label();
    }

    private static String contact(Contact contact) {
        return contact.details().role()
                .map(role -> Messages.text("ui.form.history.contact", contact.details().name(), role))
                .orElse(contact.details().name());
    }

    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= LESSON_LENGTH ? line : line.substring(0, LESSON_LENGTH - 1).stripTrailing() + "\u2026";
    }

    private static String listed(String key, List<String> items) {
        return items.isEmpty() ? "" : Messages.text(key, String.join("; ", items));
    }

    /** Whether the company typed has history to show. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The earlier applications shown, newest first, at most {@value #SHOWN}. */
    public ObservableList<Entry> entries() {
        return readOnlyEntries;
    }

    /** How many earlier applications there are beyond those shown, in words; empty when none. */
    public ReadOnlyStringProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** The reasons picked in their reflections; empty when none. */
    public ReadOnlyStringProperty reasonsProperty() {
        return reasons.getReadOnlyProperty();
    }

    /** The lessons noted from them; empty when none. */
    public ReadOnlyStringProperty lessonsProperty() {
        return lessons.getReadOnlyProperty();
    }

    /** The contacts kept at the company; empty when none. */
    public ReadOnlyStringProperty contactsProperty() {
        return contacts.getReadOnlyProperty();
    }
}

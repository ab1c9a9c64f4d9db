package dev.onward.exchange;

import dev.onward.domain.Application;
import dev.onward.domain.Contact;
import dev.onward.domain.Messages;
import dev.onward.domain.Stage;
import dev.onward.domain.StageKind;
import dev.onward.service.exchange.ExportFormat;
import dev.onward.service.exchange.JournalContents;
import dev.onward.service.reflect.StoredContact;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes what is coming up as an iCalendar file (RFC 5545): one event for each stage dated today
 * or later of an application that has not ended, and one for each contact's keep-in-touch day
 * from today on. Each event's UID comes from the stage's or contact's id, so
 * importing a newer export into a calendar updates the events instead of doubling them.
 */
public final class IcsCalendarWriter implements ExportFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One event: a day (and time, when known) with what it is. */
    record Entry(String uid, LocalDate day, Optional<LocalTime> time, String summary, Optional<String> description,
            Instant stamp) {
    }

    @Override
    public void write(JournalContents contents, LocalDate today, OutputStream out) throws IOException {
        IcsLines lines = new IcsLines().add("BEGIN", "VCALENDAR").add("VERSION", "2.0")
                .add("PRODID", "-//Onward//Onward journal//EN").add("CALSCALE", "GREGORIAN");
        List<Entry> entries = new ArrayList<>(stageEntries(contents, today));
        entries.addAll(keepInTouchEntries(contents, today));
        entries.sort(Comparator.comparing(Entry::day).thenComparing(e -> e.time().orElse(LocalTime.MIN))
                .thenComparing(Entry::uid));
        for (Entry entry : entries) {
            event(lines, entry);
        }
        lines.add("END", "VCALENDAR");
        out.write(lines.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The stages dated {@code today} or later of applications that are still active. */
    static List<Entry> stageEntries(JournalContents contents, LocalDate today) {
        Map<Long, String> kinds = contents.stageKinds().stream()
                .collect(Collectors.toMap(StageKind::id, StageKind::name, (a, b) -> a));
        List<Entry> entries = new ArrayList<>();
        for (Application a : contents.applications()) {
            if (a.status().hasEnded()) {
                continue;
            }
            for (Stage s : a.stages()) {
                if (!s.details().date().isBefore(today)) {
                    String summary = Messages.text("exchange.ics.summary",
                            kinds.getOrDefault(s.details().kindId(), Messages.text("timeline.stage")),
                            a.details().company(), a.details().role());
                    entries.add(new Entry("stage-" + s.id() + "@onward", s.details().date(), s.details().time(),
                            summary, description(s), a.updated()));
                }
            }
        }
        return entries;
    }

    /** The keep-in-touch days, today or later, of every contact. */
    static List<Entry> keepInTouchEntries(JournalContents contents, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (StoredContact stored : contents.contacts()) {
            Contact c = stored.contact();
            c.details().keepInTouchOn().filter(day -> !day.isBefore(today)).ifPresent(day -> entries.add(new Entry(
                    "contact-" + c.id() + "-keep-in-touch@onward", day, Optional.empty(),
                    c.details().company().map(company -> Messages.text("exchange.ics.keepInTouchAt", c.details().name(),
                            company)).orElseGet(() -> Messages.text("exchange.ics.keepInTouch", c.details().name())),
                    c.details().notes(), stored.updated())));
        }
        return entries;
    }

    private static Optional<String> description(Stage s) {
        List<String> parts = new ArrayList<>();
        s.details().peopleMet().map(p -> Messages.text("exchange.ics.people", p)).ifPresent(parts::add);
        s.details().notes().ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
    }

    private static void event(IcsLines lines, Entry e) {
        lines.add("BEGIN", "VEVENT").add("UID", e.uid()).add("DTSTAMP", UTC.format(e.stamp()));
        if (e.time().isPresent()) {
            lines.add("DTSTART", LOCAL.format(e.day().atTime(e.time().get()))).add("DURATION", "PT1H");
        } else {
            lines.add("DTSTART;VALUE=DATE", DAY.format(e.day()))
                    .add("DTEND;VALUE=DATE", DAY.format(e.day().plusDays(1)));
        }
        lines.addText("SUMMARY", e.summary());
        e.description().ifPresent(d -> lines.addText("DESCRIPTION", d));
        lines.add("END", "VEVENT");
    }
}

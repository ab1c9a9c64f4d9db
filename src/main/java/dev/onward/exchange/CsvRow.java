package dev.onward.exchange;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.DayOrder;
import dev.onward.service.exchange.ImportProblem;
import dev.onward.service.exchange.ImportRow;
import dev.onward.service.exchange.NewApplication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns one spreadsheet record into an application, or into the problems that stop it. */
final class CsvRow {
    private final Map<ColumnField, ColumnMatch> columns = new EnumMap<>(ColumnField.class);
    private final DayOrder order;
    private final Map<String, StageKind> kindsByName;
    private final LocalDate today;
    /** The note on a stage added from a status word, by word: one message built per word, not per row. */
    private final Map<String, String> stageNotes = new java.util.HashMap<>();

    CsvRow(List<ColumnMatch> matches, DayOrder order, List<StageKind> kinds, LocalDate today) {
        matches.stream().filter(c -> c.field() != ColumnField.IGNORED).forEach(c -> columns.put(c.field(), c));
        this.order = order;
        this.kindsByName = kinds.stream().collect(Collectors.toMap(k -> k.name().toLowerCase(Locale.ROOT), k -> k,
                (a, b) -> a));
        this.today = today;
    }

    /** The row's application, or empty with the reasons added to {@code problems}. */
    Optional<ImportRow> read(CsvRecords.Line line, List<ImportProblem> problems) {
        Values values = new Values(line, problems);
        Optional<LocalDate> applied = values.day(ColumnField.APPLIED, true);
        Optional<LocalDate> ended = values.day(ColumnField.ENDED, false);
        Optional<String> status = values.text(ColumnField.STATUS);
        Optional<StatusWords.Meaning> meaning = StatusWords.meaning(status.orElse(""));
        if (meaning.isEmpty()) {
            problems.add(ImportProblem.note(line.number(), header(ColumnField.STATUS),
                    Messages.text("exchange.csv.unknownStatus", status.orElse(""))));
        }
        ApplicationDetails details;
        try {
            details = new ApplicationDetails(values.text(ColumnField.COMPANY).orElse(""),
                    values.text(ColumnField.ROLE).orElse(""), values.text(ColumnField.LOCATION),
                    values.text(ColumnField.LINK), values.text(ColumnField.SOURCE), salary(values), applied,
                    notes(values));
        } catch (InvalidValueException e) {
            problems.add(ImportProblem.blocking(line.number(), headerOf(e.field()), e.getMessage()));
            return Optional.empty();
        }
        if (values.failed()) {
            return Optional.empty();
        }
        StatusWords.Meaning what = meaning.orElse(new StatusWords.Meaning(Optional.empty(), Optional.empty()));
        return Optional.of(new ImportRow(line.number(), application(details, what, status, ended), status, false));
    }

    private NewApplication application(ApplicationDetails details, StatusWords.Meaning meaning,
            Optional<String> status, Optional<LocalDate> ended) {
        LocalDate stageDay = details.applied().orElse(today);
        Optional<StageKind> kind = meaning.stageKind().map(n -> kindsByName.get(n.toLowerCase(Locale.ROOT)));
        List<StageDetails> stages = new ArrayList<>();
        kind.ifPresent(k -> stages.add(new StageDetails(k.id(), stageDay, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(),
                Optional.of(stageNotes.computeIfAbsent(status.orElse(""),
                        word -> Messages.text("exchange.csv.stageFromStatus", word))))));
        Optional<Outcome> outcome = meaning.outcome().map(o -> new Outcome(o,
                ended.or(details::applied).orElse(today), kind.map(StageKind::id), Optional.empty()));
        return new NewApplication(details, stages, outcome);
    }

    private static Optional<String> salary(Values values) {
        Optional<String> written = values.text(ColumnField.SALARY);
        if (written.isPresent()) {
            return written;
        }
        Optional<String> min = values.text(ColumnField.SALARY_MIN);
        Optional<String> max = values.text(ColumnField.SALARY_MAX);
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.empty();
        }
        String range = min.isPresent() && max.isPresent() ? min.get() + "\u2013" + max.get() : min.or(() -> max).get();
        return Optional.of(values.text(ColumnField.SALARY_CURRENCY).map(c -> range + " " + c).orElse(range));
    }

    private static Optional<String> notes(Values values) {
        Optional<String> contact = values.text(ColumnField.CONTACT).map(c -> Messages.text("exchange.csv.contactNote", c));
        Optional<String> notes = values.text(ColumnField.NOTES);
        if (contact.isPresent() && notes.isPresent()) {
            return Optional.of(notes.get() + "\n\n" + contact.get());
        }
        return notes.or(() -> contact);
    }

    private String header(ColumnField field) {
        return columns.containsKey(field) ? columns.get(field).header() : null;
    }

    /** The header of the column a domain field came from, for a problem's message. */
    private String headerOf(String domainField) {
        return ColumnField.fromKey(domainField).map(this::header).orElse(domainField);
    }

    /** Reads one record's values, collecting problems. */
    private final class Values {
        private final CsvRecords.Line line;
        private final List<ImportProblem> problems;
        private boolean failed;

        Values(CsvRecords.Line line, List<ImportProblem> problems) {
            this.line = line;
            this.problems = problems;
        }

        Optional<String> text(ColumnField field) {
            ColumnMatch column = columns.get(field);
            if (column == null || column.index() >= line.values().size()) {
                return Optional.empty();
            }
            return Optional.of(line.values().get(column.index()).strip()).filter(v -> !v.isEmpty());
        }

        Optional<LocalDate> day(ColumnField field, boolean notInFuture) {
            Optional<String> value = text(field);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            SpreadsheetDates.Reading reading = SpreadsheetDates.read(value.get(), order);
            String key = switch (reading.outcome()) {
                case DAY -> notInFuture && reading.day().get().isAfter(today) ? "exchange.csv.futureDate" : null;
                case NO_SUCH_DAY -> "exchange.csv.noSuchDate";
                case UNREADABLE -> "exchange.csv.badDate";
            };
            if (key != null) {
                problems.add(ImportProblem.blocking(line.number(), header(field), Messages.text(key, value.get())));
                failed = true;
                return Optional.empty();
            }
            return reading.day();
        }

        boolean failed() {
            return failed;
        }
    }
}

package dev.onward.exchange;

import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static dev.onward.testutil.StageBuilder.aStage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Contact;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Stage;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import dev.onward.domain.Theme;
import dev.onward.persistence.Database;
import dev.onward.persistence.exchange.SqliteJournalContents;
import dev.onward.service.DataFolder;
import dev.onward.service.exchange.JournalContents;
import dev.onward.service.reflect.StoredContact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export → import into an empty journal → export gives the same bytes, for journals generated
 * from seeds, with unicode everywhere (accents, CJK, emoji, right-to-left, quotes, SQL- and
 * markup-looking text) and every optional value sometimes empty. A failing seed reproduces the
 * journal exactly (see ADR 0012 for why this is not a jqwik property).
 */
class JsonRoundTripTest {
    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    /** Pieces text is made of: every script and sign a user might type, and text that looks like code. */
    private static final List<String> PIECES = List.of("a", "Z", " ", "é", "ß", "Ωμέγα", "東京", "李雷", "🙂", "👩🏽‍💻",
            "مرحبا", "שלום", "\"", "\\", "'", "; DROP TABLE application;--", "<b>", "*x*", "\n", "\t", ",", "\u00a0", "1");
    private static final List<String> LINKS = java.util.Arrays.asList(null, "https://acme.example/jobs/42?ref=a&b=c",
            "http://x.example/%C3%A9");

    @TempDir
    Path temp;

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportImportExport_generatedJournal_isByteIdentical(long seed) throws IOException {
        JournalContents journal = journal(seed);
        byte[] first = storeAndExport(temp.resolve("a"), journal);
        Path file = Files.write(temp.resolve("first.json"), first);
        JournalContents read = new JsonJournalReader().read(file);
        byte[] second = storeAndExport(temp.resolve("b"), read);
        assertArrayEquals(first, second, () -> new String(first, UTF_8) + "\n----\n" + new String(second, UTF_8));
        assertEquals(journal.applications().size(), read.applications().size());
        assertEquals(journal.lessons(), read.lessons());
    }

    private static byte[] storeAndExport(Path folder, JournalContents contents) throws IOException {
        try (Database database = Database.open(DataFolder.prepare(folder))) {
            SqliteJournalContents journal = new SqliteJournalContents(database);
            journal.replaceAll(contents);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonJournalWriter().write(journal.readAll(), LocalDate.of(2026, 11, 24), out);
            return out.toByteArray();
        }
    }

    /** A journal built from {@code seed}: the same seed always gives the same journal. */
    static JournalContents journal(long seed) {
        Random random = new Random(seed);
        List<ApplicationDetails> all = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            all.add(new ApplicationDetails("N" + text(random), "N" + text(random), optional(random),
                    Optional.ofNullable(LINKS.get(random.nextInt(LINKS.size()))), optional(random), optional(random),
                    random.nextBoolean() ? Optional.empty() : Optional.of(EPOCH.plusDays(random.nextInt(2500))),
                    optional(random)));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            texts.add("T" + text(random));
        }
        return journal(all, texts, random);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    private static Optional<String> optional(Random random) {
        String text = text(random);
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** Builds a consistent journal: stages, outcomes, history, contacts and lessons chosen by {@code random}. */
    private static JournalContents journal(List<ApplicationDetails> all, List<String> texts, Random random) {
        List<StageKind> kinds = List.of(new StageKind(1, "Applied", 1), new StageKind(2, "Recruiter screen", 2),
                new StageKind(7, texts.get(0).replace('\n', ' ').strip() + " kind", 3), new StageKind(9, "Offer", 9));
        List<Application> applications = new ArrayList<>();
        long stageId = 1;
        for (int i = 0; i < all.size(); i++) {
            List<Stage> stages = new ArrayList<>();
            for (int s = random.nextInt(3); s > 0; s--) {
                StageKind kind = kinds.get(random.nextInt(kinds.size()));
                stages.add(new Stage(stageId++, i + 1, aStage(kind.id()).on(EPOCH.plusDays(random.nextInt(2000)))
                        .at(random.nextBoolean() ? LocalTime.of(random.nextInt(24), random.nextInt(60)) : null)
                        .peopleMet(pick(texts, random).orElse(null)).preparation(pick(texts, random).orElse(null))
                        .howItWent(random.nextBoolean() ? 1 + random.nextInt(5) : null).notes(pick(texts, random).orElse(null))
                        .build()));
            }
            Optional<Outcome> outcome = random.nextBoolean() ? Optional.empty() : Optional.of(anOutcome()
                    .kind(OutcomeKind.values()[random.nextInt(4)]).on(EPOCH.plusDays(random.nextInt(2000)))
                    .endedAt(random.nextBoolean() ? kinds.get(random.nextInt(kinds.size())).id() : null)
                    .message(pick(texts, random).orElse(null)).build());
            Instant created = Instant.parse("2024-01-01T00:00:00Z").plusMillis(random.nextInt(1_000_000_000));
            List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(Status.ACTIVE, created)));
            outcome.ifPresent(o -> history.add(new StatusChange(o.kind().status(), created.plusSeconds(86_400))));
            applications.add(new Application(i + 1, all.get(i), stages, outcome, history, created, created.plusSeconds(90_000)));
        }
        return new JournalContents(kinds, applications, contacts(texts, random), lessons(applications, texts, random), List.of(),
                random.nextBoolean() ? Map.of() : Map.of("weeklyTarget", "5", "ghostDays", "2" + random.nextInt(9)));
    }

    private static List<StoredContact> contacts(List<String> texts, Random random) {
        List<StoredContact> contacts = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            contacts.add(new StoredContact(new Contact(i, new ContactDetails("C" + texts.get(i), pick(texts, random),
                    pick(texts, random), random.nextBoolean() ? Optional.of("zoë@example.org") : Optional.empty(),
                    pick(texts, random), random.nextBoolean() ? Optional.of(EPOCH.plusDays(i)) : Optional.empty())),
                    Instant.parse("2025-05-05T05:05:05.123Z"), Instant.parse("2025-06-06T06:06:06Z")));
        }
        contacts.sort(Comparator.comparingLong(c -> c.contact().id()));
        return contacts;
    }

    private static List<Lesson> lessons(List<Application> applications, List<String> texts, Random random) {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 1; i <= random.nextInt(4); i++) {
            Optional<Long> from = applications.isEmpty() || random.nextBoolean() ? Optional.empty()
                    : Optional.of(applications.get(random.nextInt(applications.size())).id());
            lessons.add(new Lesson(i, new LessonDetails("L" + texts.get(i), Theme.values()[random.nextInt(Theme.values().length)],
                    random.nextBoolean(), random.nextBoolean() ? Optional.of(2L) : Optional.empty(),
                    LessonStatus.values()[random.nextInt(3)]), from, i > 1 && random.nextBoolean() ? Optional.of(1L) : Optional.empty(),
                    Instant.parse("2025-01-01T10:00:00Z").plusSeconds(i), Instant.parse("2025-02-01T10:00:00Z")));
        }
        return lessons;
    }

    private static Optional<String> pick(List<String> texts, Random random) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(texts.get(random.nextInt(texts.size())));
    }
}

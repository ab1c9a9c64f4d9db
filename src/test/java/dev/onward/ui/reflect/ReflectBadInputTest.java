package dev.onward.ui.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Reflection;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import dev.onward.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Reflect flow does with input it cannot keep: a message next to the field, and nothing else lost. */
class ReflectBadInputTest {
    @TempDir
    Path folder;

    private TestJournal journal;
    private ReflectViewModel model;
    private long acme;

    @BeforeEach
    void open() {
        journal = TestJournal.open(folder);
        acme = journal.journal().add(anApplication().company("Acme Rockets").build()).id();
        journal.journal().recordOutcome(acme, anOutcome().ghosted().on(LocalDate.of(2026, 11, 2)).build());
        model = new ReflectViewModel(journal.reflections(), journal.journal(), journal.lessons(),
                new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK, new DateText(Locale.UK), new ManualScheduler());
        model.open(acme);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Reflection stored() {
        return journal.reflections().find(acme).orElseThrow();
    }

    @Test
    void intensity_zeroOrSix_putBackToTheLastGoodValue() {
        FeelingChoice angry = model.feelings().choice(Feeling.ANGRY);
        angry.chosenProperty().set(true);
        angry.intensityProperty().set(5);

        angry.intensityProperty().set(6);
        assertEquals(5, angry.intensityProperty().get());
        angry.intensityProperty().set(0);
        assertEquals(5, angry.intensityProperty().get());
        assertThrows(InvalidValueException.class, () -> new Intensity(0));
        assertThrows(InvalidValueException.class, () -> new Intensity(6));

        model.flush();
        assertEquals(5, stored().feelings().get(0).intensity().value());
    }

    @Test
    void reframe_hundredThousandCharacters_refusedBesideTheFieldAndTheRestKept() {
        model.reframeProperty().set("Short and kept");
        model.flush();
        model.feelings().choice(Feeling.NUMB).chosenProperty().set(true);

        model.reframeProperty().set("x".repeat(100_000));
        model.flush();

        assertEquals(Messages.text("field.tooLong", Messages.text("field.reframe.name"), Reflection.MAX_REFRAME, 100_000),
                model.reframeErrors().of(FormField.REFRAME).get());
        assertEquals(Optional.of("Short and kept"), stored().reframe());
        assertEquals(Feeling.NUMB, stored().feelings().get(0).feeling());

        model.reframeProperty().set("Short again");
        model.flush();
        assertEquals("", model.reframeErrors().of(FormField.REFRAME).get());
        assertEquals(Optional.of("Short again"), stored().reframe());
    }

    @Test
    void emojiAndRightToLeft_keptAsTyped() {
        String words = "\u0645\u062d\u0628\u0637 \ud83d\ude36";
        model.feelings().choice(Feeling.OTHER).chosenProperty().set(true);
        model.feelings().choice(Feeling.OTHER).wordsProperty().set(words);
        model.reframeProperty().set("\u05dc\u05d0 \u05d4\u05e4\u05e2\u05dd \ud83c\udf31 next time");
        model.flush();

        assertEquals(words, stored().feelings().get(0).label());
        assertEquals(Optional.of("\u05dc\u05d0 \u05d4\u05e4\u05e2\u05dd \ud83c\udf31 next time"), stored().reframe());
    }

    @Test
    void date_thirtyFirstOfFebruary_messageBesideTheFieldAndTheRestKept() {
        model.feedback().askedFromProperty().set("Dana");
        model.feedback().askedOnProperty().set("31/02/2026");
        model.flush();

        assertEquals(Messages.text("field.day.invalid", "24/11/2026"),
                model.feedback().errors().of(FormField.FEEDBACK_ASKED_ON).get());
        assertEquals(Optional.of("Dana"), stored().feedback().askedFrom());
        assertEquals(Optional.empty(), stored().feedback().askedOn());
    }

    @Test
    void outcomeDate_thirtyFirstOfFebruary_outcomeUnchangedAndMessageShown() {
        model.whatHappened().dateProperty().set("31/02/2026");
        model.flush();

        assertTrue(!model.whatHappened().errors().of(FormField.OUTCOME_DATE).get().isEmpty());
        assertEquals(LocalDate.of(2026, 11, 2), journal.journal().find(acme).orElseThrow().outcome().orElseThrow().date());
    }

    @Test
    void otherFeeling_withoutWords_askedForTheWordAndOtherFeelingsKept() {
        model.feelings().choice(Feeling.SAD).chosenProperty().set(true);
        model.flush();
        model.feelings().choice(Feeling.OTHER).chosenProperty().set(true);
        model.flush();

        assertEquals(Messages.text("field.feelingWords.required"),
                model.feelings().errors().of(FormField.FEELING_WORDS).get());
        assertEquals(1, stored().feelings().size());
    }
}

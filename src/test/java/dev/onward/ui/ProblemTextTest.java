package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.service.StorageException;
import org.junit.jupiter.api.Test;

class ProblemTextTest {

    @Test
    void of_aValueOnwardRefuses_showsItsSentence() {
        assertEquals("Company is required.", ProblemText.of(new InvalidValueException("company", "Company is required.")));
    }

    @Test
    void of_storageFailure_showsItsSentence() {
        assertEquals("Nothing was changed.", ProblemText.of(new StorageException("Nothing was changed.", new RuntimeException())));
    }

    @Test
    void of_anyOtherException_showsThePlainSentenceNotItsText() {
        String shown = ProblemText.of(new NullPointerException("Cannot invoke \"x.y()\" because \"z\" is null"));

        assertEquals(Messages.text("ui.problem.unknown"), shown);
    }
}

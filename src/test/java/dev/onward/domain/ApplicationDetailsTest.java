package dev.onward.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.testutil.ApplicationDetailsBuilder;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationDetailsTest {

    static Stream<Arguments> invalidApplications() {
        return Stream.of(
                Arguments.of(ApplicationDetailsBuilder.anApplication().company(""), "company", "Add the company name."),
                Arguments.of(ApplicationDetailsBuilder.anApplication().company("   "), "company", "Add the company name."),
                Arguments.of(ApplicationDetailsBuilder.anApplication().company(null), "company", "Add the company name."),
                Arguments.of(ApplicationDetailsBuilder.anApplication().role(" \t"), "role", "Add the role you applied for."),
                Arguments.of(ApplicationDetailsBuilder.anApplication().company("x".repeat(201)), "company",
                        "Company can be at most 200 characters; this has 201. Shorten it a little."),
                Arguments.of(ApplicationDetailsBuilder.anApplication().link("not a link"), "link",
                        "This link does not look like a web address. Paste it from the browser's address bar."),
                Arguments.of(ApplicationDetailsBuilder.anApplication().link("ftp://acme.example/x"), "link",
                        "This link does not look like a web address. Paste it from the browser's address bar."),
                Arguments.of(ApplicationDetailsBuilder.anApplication().notes("n".repeat(20_001)), "notes",
                        "Notes can be at most 20,000 characters; this has 20,001. Shorten it a little."));
    }

    @ParameterizedTest
    @MethodSource("invalidApplications")
    void constructor_invalidField_namesFieldWithReadableMessage(ApplicationDetailsBuilder builder, String field, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    @Test
    void constructor_textWithSpaces_isTrimmedAndBlankOptionalsAreEmpty() {
        ApplicationDetails d = ApplicationDetailsBuilder.anApplication().company("  Café Lumière ").location("   ").build();
        assertEquals("Café Lumière", d.company());
        assertEquals(Optional.empty(), d.location());
    }

    @Test
    void constructor_linkWithoutScheme_getsHttps() {
        ApplicationDetails d = ApplicationDetailsBuilder.anApplication().link("jobs.example.org/42").build();
        assertEquals(Optional.of("https://jobs.example.org/42"), d.link());
    }

    @Test
    void constructor_unicodeAndEmoji_keptAsTyped() {
        String company = "東京ロケット 🚀 שלום";
        ApplicationDetails d = ApplicationDetailsBuilder.anApplication().company(company).build();
        assertEquals(company, d.company());
    }

    @Test
    void constructor_lengthCountsCharactersNotUtf16Units() {
        String emoji200 = "😀".repeat(200);
        assertTrue(ApplicationDetailsBuilder.anApplication().company(emoji200).build().company().length() == 400);
    }

    @Test
    void rating_outsideOneToFive_isRefused() {
        assertThrows(InvalidValueException.class, () -> new Rating(0));
        assertThrows(InvalidValueException.class, () -> new Rating(6));
        assertEquals(5, new Rating(5).value());
    }
}

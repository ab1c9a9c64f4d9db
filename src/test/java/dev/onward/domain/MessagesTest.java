package dev.onward.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every sentence passes through MessageFormat, in code and in FXML alike; the file must be written for that. */
class MessagesTest {
    /** A lone apostrophe, except the MessageFormat quotes around literal braces: '{' and '}'. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!['{}])(?<![{}]')");

    @Test
    void file_everyApostropheIsDoubled() throws Exception {
        List<String> lone = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/dev/onward/messages.properties"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && line.contains("=") && LONE_APOSTROPHE.matcher(line.substring(line.indexOf('='))).find()) {
                lone.add(line);
            }
        }
        assertEquals(List.of(), lone, "write '' for an apostrophe: MessageFormat drops a lone one");
    }

    @Test
    void file_noKeyTwice() throws Exception {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/dev/onward/messages.properties"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && line.contains("=") && !seen.add(line.substring(0, line.indexOf('=')).strip())) {
                twice.add(line);
            }
        }
        assertEquals(List.of(), twice, "a key written twice: the later line wins, silently");
    }

    @Test
    void bundle_everyKeyFormatsAndKeepsItsApostrophes() {
        for (String key : Collections.list(Messages.bundle().getKeys())) {
            String text = Messages.bundle().getString(key);
            assertFalse(text.contains("''"), key + ": " + text);
        }
        assertEquals("I don't know", Messages.text("reason.unknown"));
        assertEquals(Messages.text("reason.unknown"), Messages.bundle().getString("reason.unknown"));
    }

    @Test
    void midSentence_aLabelsCapitalGoesButAShortFormStays() {
        assertEquals("recruiter screen", Messages.midSentence("Recruiter screen"));
        assertEquals("take-home", Messages.midSentence("Take-home"));
        assertEquals("café chat \u2615", Messages.midSentence("Café chat \u2615"));
        assertEquals("HR screen", Messages.midSentence("HR screen"));
        assertEquals("Q", Messages.midSentence("Q"));
        assertEquals("onsite", Messages.midSentence("onsite"));
        assertEquals("", Messages.midSentence(""));
    }
}

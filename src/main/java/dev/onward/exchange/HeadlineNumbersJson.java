package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.onward.service.HeadlineNumbers;
import java.io.UncheckedIOException;

/** The headline numbers as one JSON object with camelCase keys, for {@code onward stats --json}. */
public final class HeadlineNumbersJson {
    private HeadlineNumbersJson() {
    }

    /** {@code numbers} as indented JSON text, ending with a line break. */
    public static String of(HeadlineNumbers numbers) {
        try {
            return JsonMappers.prettyWriter(JsonMappers.mapper()).writeValueAsString(numbers) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

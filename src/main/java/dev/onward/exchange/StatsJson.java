package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onward.service.insight.FunnelLevel;
import dev.onward.service.insight.Insights;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The dashboard's figures as one JSON object for {@code onward stats --json}: camelCase keys,
 * counts as integers, {@code null} where there is too little data. The keys are listed in the
 * user guide; scripts rely on them, so they only ever grow.
 */
public final class StatsJson {
    private StatsJson() {
    }

    /** {@code figures} as indented JSON text, ending with a line break. */
    public static String of(Insights figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applications", figures.applications());
        json.put("active", figures.active());
        json.put("offers", figures.offers());
        json.put("rejections", figures.rejections());
        json.put("ghosted", figures.ghosted());
        json.put("withdrawn", figures.withdrawn());
        json.put("lessons", figures.lessons());
        json.put("thisWeek", figures.thisWeek());
        json.put("weeklyTarget", figures.weeklyTarget());
        json.put("streakWeeks", figures.streakWeeks());
        json.put("momentumMedianDays", number(figures.momentumMedianDays()));
        json.put("momentumMedianDays90", number(figures.momentumMedianDays90()));
        json.put("rejectionsNotFollowed", figures.rejectionsNotFollowed());
        json.put("suspectedGhosts", figures.suspectedGhosts().size());
        json.put("upcoming", figures.upcoming().size());
        json.put("focusAreas", figures.focusAreas().stream().map(f -> f.theme().name().toLowerCase(java.util.Locale.ROOT)).toList());
        json.put("funnel", funnel(figures.funnel()));
        json.put("reasons", figures.reasons().stream().map(r -> row("reason", key(r.reason()), "chosen", r.chosen(),
                "outsideMyControl", r.outsideMyControl())).toList());
        json.put("feelings", figures.feelings().stream().map(f -> row("month", f.month().toString(), "feeling",
                key(f.feeling()), "named", f.named(), "averageIntensity", f.averageIntensity())).toList());
        json.put("calibration", figures.calibration().stream().map(c -> row("stage", c.stage(), "rated", c.rated(),
                "advanced", c.advanced(), "averageRating", c.averageRating())).toList());
        try {
            // null is a figure here ("not enough data"), so it is written, unlike in the journal format
            ObjectMapper mapper = JsonMappers.mapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);
            return JsonMappers.prettyWriter(mapper).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> funnel(List<FunnelLevel> levels) {
        return levels.stream().map(level -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stage", level.stage());
            row.put("reached", level.reached());
            row.put("offer", level.offer());
            row.put("rejected", level.rejected());
            row.put("ghosted", level.ghosted());
            row.put("withdrew", level.withdrew());
            row.put("active", level.active());
            return row;
        }).toList();
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** An object of {@code keysAndValues}, in that order. */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    /** A whole median as an integer, a half as a decimal, none as null. */
    private static Object number(OptionalDouble value) {
        if (value.isEmpty()) {
            return null;
        }
        double d = value.getAsDouble();
        return d == Math.rint(d) ? (Object) (long) d : (Object) d;
    }
}

package dev.onward.exchange;

import dev.onward.domain.Application;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Theme;
import dev.onward.service.exchange.ExportFormat;
import dev.onward.service.exchange.JournalContents;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes "my playbook" as Markdown: the lessons grouped by theme (in the themes' order), each with
 * its status, whether it is in the user's control, and the application and stage it came from.
 * The user's text is escaped, so what looks like markup stays plain text.
 */
public final class MarkdownPlaybookWriter implements ExportFormat {

    @Override
    public void write(JournalContents contents, LocalDate today, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(Messages.text("exchange.md.title")).append("\n\n");
        text.append(Messages.text("exchange.md.exported", today.toString())).append("\n");
        if (contents.lessons().isEmpty()) {
            text.append("\n").append(Messages.text("exchange.md.noLessons")).append("\n");
        }
        Map<Long, Application> applications = contents.applications().stream()
                .collect(Collectors.toMap(Application::id, Function.identity()));
        Map<Long, String> kinds = contents.stageKinds().stream()
                .collect(Collectors.toMap(StageKind::id, StageKind::name, (a, b) -> a));
        for (Theme theme : Theme.values()) {
            List<Lesson> lessons = new ArrayList<>(contents.lessons().stream()
                    .filter(l -> l.details().theme() == theme).toList());
            if (lessons.isEmpty()) {
                continue;
            }
            lessons.sort(Comparator.comparing((Lesson l) -> l.details().status()).thenComparingLong(Lesson::id));
            text.append("\n## ").append(escape(theme.label())).append("\n\n");
            for (Lesson lesson : lessons) {
                text.append(item(lesson, applications, kinds));
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String item(Lesson lesson, Map<Long, Application> applications, Map<Long, String> kinds) {
        LessonDetails d = lesson.details();
        List<String> about = new ArrayList<>();
        about.add(d.status().label());
        if (!d.inMyControl()) {
            about.add(Messages.text("exchange.md.outsideControl"));
        }
        lesson.applicationId().map(applications::get).ifPresent(a -> about.add(Messages.text("exchange.md.from",
                a.details().company(), a.details().role())));
        d.stageKindId().map(kinds::get).ifPresent(kind -> about.add(Messages.text("exchange.md.stage", kind)));
        return "- " + escape(d.text()).replace("\n", "\n  ") + "  \n  _" + escape(String.join(" \u00b7 ", about)) + "_\n";
    }

    /** Backslash-escapes every character Markdown could read as markup. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c == '\r' ? ' ' : c);
        }
        return escaped.toString();
    }
}

package dev.onward.exchange;

import dev.onward.domain.Messages;
import dev.onward.service.ExportFormat;
import dev.onward.service.JournalContents;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes "my playbook" as Markdown: the lessons, grouped by theme, with their status and the
 * application they came from. The journal holds no lessons yet, so for now the playbook says so
 * and what will fill it.
 */
public final class MarkdownPlaybookWriter implements ExportFormat {

    @Override
    public void write(JournalContents contents, LocalDate today, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(Messages.text("exchange.md.title")).append("\n\n");
        text.append(Messages.text("exchange.md.exported", today)).append("\n\n");
        // When lessons reach the journal (and JournalContents), write one "## theme" section per
        // theme here, each lesson as a list item with its status and "from company, role, stage".
        text.append(Messages.text("exchange.md.noLessons")).append("\n");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}

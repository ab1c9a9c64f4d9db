package dev.onward.service.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** A file format the journal can be written in: JSON, CSV, iCalendar or the Markdown playbook. */
public interface ExportFormat {

    /**
     * Writes {@code contents} to {@code out} (which the caller closes).
     *
     * @param today the day the export is made; decides what is upcoming and the furthest stage
     */
    void write(JournalContents contents, LocalDate today, OutputStream out) throws IOException;
}

package dev.onward.ui.data;

import dev.onward.service.exchange.ExportFormat;
import dev.onward.service.exchange.FileFormats;
import java.util.function.Function;

/** The four ways to export the journal, with the file name each suggests. */
public enum ExportChoice {
    /** The whole journal, to keep or to move to another computer. */
    JSON("json", "onward-{0}.json", FileFormats::json),
    /** One row per application, for a spreadsheet. */
    CSV("csv", "onward-applications-{0}.csv", FileFormats::csv),
    /** Upcoming stages and keep-in-touch days, for a calendar. */
    CALENDAR("ics", "onward-calendar-{0}.ics", FileFormats::calendar),
    /** The lessons, grouped by theme. */
    PLAYBOOK("md", "onward-playbook-{0}.md", FileFormats::playbook);

    private final String extension;
    private final String fileName;
    private final Function<FileFormats, ExportFormat> format;

    ExportChoice(String extension, String fileName, Function<FileFormats, ExportFormat> format) {
        this.extension = extension;
        this.fileName = fileName;
        this.format = format;
    }

    /** The file name ending, without the dot: {@code json}, {@code csv}, {@code ics}, {@code md}. */
    public String extension() {
        return extension;
    }

    /** The suggested file name on {@code day} (ISO), e.g. {@code onward-2026-11-24.json}. */
    public String fileName(String day) {
        return fileName.replace("{0}", day);
    }

    /** The writer for this choice among {@code formats}. */
    public ExportFormat format(FileFormats formats) {
        return format.apply(formats);
    }

    /** The message key part for this choice, e.g. {@code json}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

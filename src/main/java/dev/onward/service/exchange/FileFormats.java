package dev.onward.service.exchange;

import java.util.Objects;

/**
 * The file formats a journal is read from and written to, made once per journal when first asked
 * for: a spreadsheet's preview, the whole journal in JSON, the four exports and the
 * command line's reports.
 *
 * @param spreadsheets reads a CSV spreadsheet into a preview
 * @param journalReader reads a whole-journal JSON export
 * @param json the whole journal, lossless
 * @param csv one row per application
 * @param calendar upcoming stages and keep-in-touch days
 * @param playbook the lessons, grouped by theme
 * @param reports the command line's figures and search results for scripts
 */
public record FileFormats(SpreadsheetReader spreadsheets, JournalReader journalReader, ExportFormat json,
        ExportFormat csv, ExportFormat calendar, ExportFormat playbook, ReportFormat reports) {
    /** Every format is required. */
    public FileFormats {
        Objects.requireNonNull(spreadsheets, "spreadsheets");
        Objects.requireNonNull(journalReader, "journalReader");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(reports, "reports");
    }
}

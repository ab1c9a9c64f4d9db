package dev.onward.service;

import java.util.Objects;

/**
 * The ways one open journal goes to and from files, built once by the composition root for the
 * "Your data" screen: spreadsheet import, the four exports, and snapshots.
 *
 * @param exchange imports and exports
 * @param backups snapshots of the journal and restoring one
 * @param spreadsheets reads a CSV spreadsheet into a preview
 * @param json the whole journal, lossless
 * @param csv one row per application
 * @param calendar upcoming stages and keep-in-touch days
 * @param playbook the lessons, grouped by theme
 */
public record DataFiles(ExchangeService exchange, BackupService backups, SpreadsheetReader spreadsheets,
        ExportFormat json, ExportFormat csv, ExportFormat calendar, ExportFormat playbook) {
    /** Every part is required. */
    public DataFiles {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(backups, "backups");
        Objects.requireNonNull(spreadsheets, "spreadsheets");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(playbook, "playbook");
    }
}

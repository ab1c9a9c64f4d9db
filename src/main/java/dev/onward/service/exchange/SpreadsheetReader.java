package dev.onward.service.exchange;

import dev.onward.domain.StageKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reads a spreadsheet of applications (CSV) into a preview that nothing has been written from yet. */
public interface SpreadsheetReader {

    /**
     * Reads {@code file} with the column matches and day order in {@code settings}, detecting
     * whatever they leave open.
     *
     * @param kinds the journal's kinds of stage, for the stages a status implies
     * @param today the day of the import; later applied dates are problems
     * @throws ImportFileException when the file cannot be read as a spreadsheet at all
     */
    ImportPreview preview(Path file, ImportSettings settings, List<StageKind> kinds, LocalDate today);
}

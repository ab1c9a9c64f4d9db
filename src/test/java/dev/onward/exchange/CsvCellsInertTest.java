package dev.onward.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A CSV cell a spreadsheet would read as a formula is written with a leading apostrophe. */
class CsvCellsInertTest {
    @Test
    void valuesStartingWithAFormulaSign_getAnApostrophe() {
        assertEquals("'=1+1", CsvApplicationsWriter.inert("=1+1"));
        assertEquals("'+33 6 12", CsvApplicationsWriter.inert("+33 6 12"));
        assertEquals("'-5k", CsvApplicationsWriter.inert("-5k"));
        assertEquals("'@SUM(A1)", CsvApplicationsWriter.inert("@SUM(A1)"));
        assertEquals("'\tx", CsvApplicationsWriter.inert("\tx"));
        assertEquals("'\rx", CsvApplicationsWriter.inert("\rx"));
    }

    @Test
    void otherValues_areWrittenAsTheyAre() {
        assertEquals("Acme", CsvApplicationsWriter.inert("Acme"));
        assertEquals("", CsvApplicationsWriter.inert(""));
        assertEquals("a=b", CsvApplicationsWriter.inert("a=b"));
    }
}

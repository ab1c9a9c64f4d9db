package dev.onward.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {
    @TempDir
    Path folder;

    @Test
    void saveThenLoad_givesTheSamePlacement() throws Exception {
        WindowPlacement placed = new WindowPlacement(-1280.5, 40, 1440, 900, true, "lessons");
        placed.save(folder);
        assertEquals(Optional.of(placed), WindowPlacement.load(folder));
    }

    @Test
    void load_noFile_isEmpty() {
        assertEquals(Optional.empty(), WindowPlacement.load(folder));
    }

    @Test
    void load_damagedFile_isEmptyNotAnError() throws Exception {
        Files.writeString(folder.resolve(WindowPlacement.FILE), "x=left\nwidth=12\n");
        assertEquals(Optional.empty(), WindowPlacement.load(folder));
        Files.writeString(folder.resolve(WindowPlacement.FILE), "x=10\ny=10\nwidth=50\nheight=900\n");
        assertEquals(Optional.empty(), WindowPlacement.load(folder));
    }

    @Test
    void constructor_tinyOrInfiniteSizes_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(0, 0, 10, 800, false, ""));
        assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(Double.NaN, 0, 1280, 800, false, ""));
    }
}

package dev.onward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.service.DataFolder;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which command lines open the window straight away, without the command line's parser. */
class MainTest {

    @Test
    void windowOnly_noArguments_isTheDefaultFolder() {
        assertEquals(Optional.of(DataFolder.resolve(Optional.empty())), Main.windowOnly(new String[0]));
    }

    @Test
    void windowOnly_dataDirAndFolder_isThatFolder() {
        assertEquals(Optional.of(Path.of("/tmp/onward scratch")),
                Main.windowOnly(new String[] {"--data-dir", "/tmp/onward scratch"}));
    }

    @Test
    void windowOnly_dataDirWithEquals_isThatFolder() {
        assertEquals(Optional.of(Path.of("/tmp/scratch")), Main.windowOnly(new String[] {"--data-dir=/tmp/scratch"}));
    }

    @Test
    void windowOnly_aCommand_isLeftToTheParser() {
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"stats"}));
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"--data-dir", "/tmp/scratch", "stats"}));
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"--help"}));
    }

    @Test
    void windowOnly_dataDirWithoutAFolder_isLeftToTheParserToExplain() {
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"--data-dir"}));
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"--data-dir", "--help"}));
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"--data-dir="}));
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"--data-dir", " "}));
        assertEquals(Optional.empty(), Main.windowOnly(new String[] {"--data-dir", "bad\0path"}));
    }
}

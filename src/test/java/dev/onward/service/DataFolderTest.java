package dev.onward.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    static final Path HOME = Path.of("/home/sam");

    @Test
    void resolve_linuxWithoutXdg_isLocalShare() {
        assertEquals(Path.of("/home/sam/.local/share/onward"), DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME));
    }

    @Test
    void resolve_linuxWithXdg_isUnderXdg() {
        assertEquals(Path.of("/data/xdg/onward"),
                DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME));
    }

    @Test
    void resolve_relativeXdg_isIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/home/sam/.local/share/onward"),
                DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME));
    }

    @Test
    void resolve_mac_isApplicationSupport() {
        assertEquals(Path.of("/home/sam/Library/Application Support/Onward"),
                DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME));
    }

    @Test
    void resolve_windows_isAppData() {
        assertEquals(Path.of("C:/Users/sam/AppData/Roaming").resolve("Onward"),
                DataFolder.resolve(Optional.empty(), Map.of("APPDATA", "C:/Users/sam/AppData/Roaming"), "Windows 11", HOME));
    }

    @Test
    void resolve_onwardHome_winsOverPlatformDefault() {
        assertEquals(Path.of("/srv/journal"),
                DataFolder.resolve(Optional.empty(), Map.of("ONWARD_HOME", "/srv/journal", "XDG_DATA_HOME", "/x"), "Linux", HOME));
    }

    @Test
    void resolve_dataDirOption_winsOverEverything() {
        assertEquals(Path.of("/tmp/scratch"),
                DataFolder.resolve(Optional.of(Path.of("/tmp/scratch")), Map.of("ONWARD_HOME", "/srv/journal"), "Linux", HOME));
    }
}

package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.Messages;
import org.junit.jupiter.api.Test;

/** The first frame's title is written out for speed; it must stay the bundle's. */
class FirstFrameTest {
    @Test
    void title_comparedWithTheBundle_isItsAppTitle() {
        assertEquals(Messages.text("app.title"), FirstFrame.TITLE,
                "the window would change its title when the first frame is filled");
    }
}

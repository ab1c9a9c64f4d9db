package dev.onward.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks of the window: AtlantaFX Primer Light (the default) and Primer Dark. */
public enum Theme {
    /** Dark text on light ground. */
    LIGHT,
    /** Light text on dark ground. */
    DARK;

    /** Makes this the look of every window. */
    public void apply() {
        String sheet = this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        javafx.application.Application.setUserAgentStylesheet(sheet);
    }
}

package dev.onward.ui.applications;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The detail pane's width beside the list: it starts at its preferred width, keeps the width the
 * user drags it to as the window grows, and in a small window gives way down to its least before
 * the list goes under its own.
 */
final class DetailPaneWidth {
    private final SplitPane split;
    private final Region listSide;
    private final Region side;
    /** How wide the user wants the detail pane: its preferred width until they drag the divider. */
    private double sideWanted;
    private boolean placingDivider;

    /** Keeps {@code side}, the second item of {@code split}, at its width beside {@code listSide}. */
    DetailPaneWidth(SplitPane split, Region listSide, Region side) {
        this.split = split;
        this.listSide = listSide;
        this.side = side;
        split.widthProperty().addListener((obs, old, width) -> placeDivider());
        split.getDividers().get(0).positionProperty().addListener((obs, old, position) -> {
            if (!placingDivider && split.getWidth() > 0) {
                sideWanted = split.getWidth() * (1 - position.doubleValue());
            }
        });
    }

    private void placeDivider() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        if (sideWanted <= 0) {
            sideWanted = side.prefWidth(-1);
        }
        double room = width - listSide.minWidth(-1);
        double sideWidth = Math.max(side.minWidth(-1), Math.min(sideWanted, room));
        placingDivider = true;
        split.setDividerPosition(0, 1 - sideWidth / width);
        placingDivider = false;
    }
}

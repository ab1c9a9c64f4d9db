package dev.onward.ui;

import java.util.Optional;

/** The ways from one screen to another; screens ask for them, {@link Screens} carries them out. */
public interface Navigator {

    /** Shows the Applications screen with application {@code id} selected. */
    void showApplication(long id);

    /** Opens the new-application form on the Applications screen. */
    void newApplication();

    /** Opens the Reflect flow on application {@code applicationId}, at the step where it was left. */
    void reflectOn(long applicationId);

    /** Shows the Lessons screen with lesson {@code id} in view and marked, whatever the filters were. */
    void showLesson(long id);

    /**
     * Shows what to go over before {@code what} ("Final round — Acme Rockets"), a stage of kind
     * {@code stageKindId}: Prepare's checklist of lessons.
     */
    void prepare(long stageKindId, String what);

    /** Opens the new-lesson form, for application {@code applicationId} when given. */
    void newLesson(Optional<Long> applicationId);

    /** Shows the screen with {@code id} as registered in the window. */
    void show(String id);
}

package dev.onward.service.applications;

import dev.onward.domain.StageKind;
import java.util.List;

/** Where the kinds of stage, and their order, are kept. */
public interface StageKindRepository {

    /** Every kind, in order. */
    List<StageKind> findAll();

    /** Adds a kind with {@code name} just before the kind at {@code position} and returns it. */
    StageKind add(String name, int position);
}

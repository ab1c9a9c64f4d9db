package dev.onward.ui.reflect;

import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.NamedFeeling;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The "How you feel" step: the feelings on our list, each with an intensity, and one in the user's words. */
public final class FeelingsViewModel {
    private final List<FeelingChoice> choices = Arrays.stream(Feeling.values()).map(FeelingChoice::new).toList();
    private final FieldErrors errors = new FieldErrors().declare(FormField.FEELING_WORDS);
    private final Changes changes = new Changes();

    FeelingsViewModel() {
        for (FeelingChoice choice : choices) {
            changes.watch(choice.chosenProperty(), choice.intensityProperty(), choice.wordsProperty());
        }
    }

    Changes changes() {
        return changes;
    }

    /** Shows {@code feelings} as saved. */
    void fill(List<NamedFeeling> feelings) {
        changes.quietly(() -> {
            errors.clear();
            for (FeelingChoice choice : choices) {
                Optional<NamedFeeling> named = feelings.stream().filter(f -> f.feeling() == choice.feeling()).findFirst();
                choice.chosenProperty().set(named.isPresent());
                choice.intensityProperty().set(named.map(f -> f.intensity().value()).orElse(FeelingChoice.DEFAULT_INTENSITY));
                choice.wordsProperty().set(named.flatMap(NamedFeeling::ownWords).orElse(""));
            }
        });
    }

    /** The feelings as chosen; empty, with a message next to the own-word field, when that word is wrong. */
    Optional<List<NamedFeeling>> toFeelings() {
        errors.clear();
        List<NamedFeeling> named = new ArrayList<>();
        for (FeelingChoice choice : choices) {
            if (!choice.chosenProperty().get()) {
                continue;
            }
            Optional<NamedFeeling> feeling = errors.attempt(() -> new NamedFeeling(choice.feeling(),
                    Optional.ofNullable(choice.wordsProperty().get()), new Intensity(choice.intensityProperty().get())));
            if (feeling.isEmpty()) {
                return Optional.empty();
            }
            named.add(feeling.get());
        }
        return Optional.of(List.copyOf(named));
    }

    /** Every feeling on the list, "something else" last. */
    public List<FeelingChoice> choices() {
        return choices;
    }

    /** The choice for {@code feeling}. */
    public FeelingChoice choice(Feeling feeling) {
        return choices.get(feeling.ordinal());
    }

    /** The message next to the own-word field. */
    public FieldErrors errors() {
        return errors;
    }
}

package dev.onward.ui.data;

import dev.onward.domain.Messages;
import dev.onward.service.exchange.ExchangeService;
import dev.onward.service.exchange.FileFormats;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Writing the journal to a file in one of the four {@link ExportChoice}s, on the {@link TaskRunner}. */
public final class ExportViewModel {
    private final ExchangeService exchange;
    private final FileFormats formats;
    private final TaskRunner runner;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    /** Creates the model: {@code exchange} writes in one of {@code formats}; {@code clock} dates the suggested file names. */
    public ExportViewModel(ExchangeService exchange, FileFormats formats, TaskRunner runner, Clock clock) {
        this.exchange = exchange;
        this.formats = formats;
        this.runner = runner;
        this.clock = clock;
    }

    /** The file name the save dialog suggests for {@code choice}, e.g. {@code onward-2026-11-24.json}. */
    public String suggestedName(ExportChoice choice) {
        return choice.fileName(LocalDate.now(clock).toString());
    }

    /**
     * Writes the journal to {@code target} as {@code choice}; a name without an ending gets the
     * choice's ({@code .json}, {@code .csv}, ...). The file appears whole or not at all.
     */
    public void export(ExportChoice choice, Path target) {
        if (busy.get()) {
            return;
        }
        Path out = withExtension(choice, target);
        busy.set(true);
        progress.set(Messages.text("ui.data.export.writing", out.getFileName()));
        result.set("");
        failure.set("");
        runner.run(() -> {
            exchange.export(choice.format(formats), out);
            return out;
        }, written -> {
            busy.set(false);
            progress.set("");
            result.set(Messages.text("ui.data.export.done", written.toAbsolutePath()));
        }, e -> {
            busy.set(false);
            progress.set("");
            failure.set(ProblemText.of(e));
        });
    }

    private static Path withExtension(ExportChoice choice, Path target) {
        String name = String.valueOf(target.getFileName());
        return name.contains(".") ? target : target.resolveSibling(name + "." + choice.extension());
    }

    /** Whether a file is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is being written, e.g. "Writing onward-2026-11-24.json…". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file the last export wrote. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last export failed; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}

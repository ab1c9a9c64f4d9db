package dev.onward.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link TaskRunner} for tests: does the work and hands back the result at once, on the calling thread. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}

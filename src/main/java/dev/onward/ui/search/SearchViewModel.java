package dev.onward.ui.search;

import dev.onward.domain.Messages;
import dev.onward.service.search.SearchGroup;
import dev.onward.service.search.SearchKind;
import dev.onward.service.search.SearchResult;
import dev.onward.service.search.SearchService;
import dev.onward.ui.Navigator;
import dev.onward.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search box: runs each query on the background runner and shows the results grouped by
 * kind. A query's results arrive only if no newer query was asked meanwhile, so typing fast never
 * shows stale results.
 */
public final class SearchViewModel {
    private final SearchService search;
    private final TaskRunner runner;
    private final Navigator navigator;
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long asked;
    private String lastText = "";

    /** Creates the view model over the search service; {@code navigator} opens what is chosen. */
    public SearchViewModel(SearchService search, TaskRunner runner, Navigator navigator) {
        this.search = search;
        this.runner = runner;
        this.navigator = navigator;
        status.set(Messages.text("ui.search.hint"));
    }

    /** Looks for {@code text}; blank text clears the results. */
    public void search(String text) {
        long query = ++asked;
        lastText = text == null ? "" : text;
        if (text == null || text.isBlank()) {
            rows.clear();
            status.set(Messages.text("ui.search.hint"));
            return;
        }
        runner.run(() -> search.search(text), groups -> {
            if (query == asked) {
                show(text, groups);
            }
        }, failure -> {
            if (query == asked) {
                rows.clear();
                status.set(Messages.text("ui.search.failed"));
            }
        });
    }

    /** Looks for the text asked for last again, e.g. when the journal changed since. */
    public void searchAgain() {
        search(lastText);
    }

    private void show(String text, List<SearchGroup> groups) {
        List<SearchRow> shown = new ArrayList<>();
        for (SearchGroup group : groups) {
            shown.add(new SearchRow.Heading(group.kind().label(), group.more()));
            group.results().forEach(result -> shown.add(new SearchRow.Hit(result)));
        }
        rows.setAll(shown);
        long found = shown.stream().filter(SearchRow.Hit.class::isInstance).count();
        status.set(found == 0 ? Messages.text("ui.search.nothing", text.strip()) : Messages.text("ui.search.found", found));
    }

    /** Opens {@code row} in its screen; a heading opens nothing. Returns whether something opened. */
    public boolean open(SearchRow row) {
        if (!(row instanceof SearchRow.Hit hit)) {
            return false;
        }
        SearchResult result = hit.result();
        Optional<Long> application = result.applicationId();
        if (result.kind() == SearchKind.REFLECTION || result.kind() == SearchKind.FEEDBACK) {
            application.ifPresent(navigator::reflectOn);
        } else if (result.kind() == SearchKind.LESSON) {
            navigator.showLesson(result.itemId());
        } else if (application.isPresent()) {
            navigator.showApplication(application.get());
        } else {
            return false;
        }
        return true;
    }

    /** The first result, if any: what Enter opens when nothing is chosen. */
    public Optional<SearchRow> firstHit() {
        return rows.stream().filter(SearchRow.Hit.class::isInstance).findFirst();
    }

    /** The rows shown: headings and results. */
    public ObservableList<SearchRow> rows() {
        return rows;
    }

    /** A line under the box: a hint, the count found, or that nothing matched. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

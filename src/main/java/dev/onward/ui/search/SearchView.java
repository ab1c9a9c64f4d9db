package dev.onward.ui.search;

import dev.onward.domain.Messages;
import dev.onward.service.search.SearchResult;
import dev.onward.service.search.Snippet;
import dev.onward.ui.DateText;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/**
 * The search box over the window (Ctrl+F): results appear as the user types, grouped by kind, with
 * the matches marked. Up and Down choose a result, Enter or a click opens it, Esc closes the box.
 */
public final class SearchView extends UiPart<StackPane> {
    /** How long typing must pause before the query runs. */
    static final Duration PAUSE = Duration.millis(100);

    private final SearchViewModel model;
    private final DateText dates;
    private final Runnable close;
    private final PauseTransition typing = new PauseTransition(PAUSE);

    @FXML
    private VBox card;
    @FXML
    private TextField query;
    @FXML
    private Label status;
    @FXML
    private ListView<SearchRow> results;

    /** Builds the box; {@code close} removes it from the window. */
    public SearchView(SearchViewModel model, DateText dates, Runnable close) {
        super("SearchView.fxml");
        this.model = model;
        this.dates = dates;
        this.close = close;
        status.textProperty().bind(model.statusProperty());
        results.setItems(model.rows());
        results.setCellFactory(list -> new RowCell());
        typing.setOnFinished(e -> model.search(query.getText()));
        query.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        query.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        getRoot().setOnMouseClicked(e -> {
            if (e.getTarget() == getRoot()) {
                close.run();
            }
        });
        card.setOnMouseClicked(e -> e.consume());
    }

    /** Puts the cursor in the box, with what was typed before selected. */
    public void focus() {
        query.requestFocus();
        query.selectAll();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> close.run();
            case ENTER -> {
                typing.stop();
                SearchRow chosen = results.getSelectionModel().getSelectedItem();
                open(chosen != null ? chosen : model.firstHit().orElse(null));
            }
            case DOWN -> move(1);
            case UP -> move(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Moves the choice to the next result in {@code direction}, skipping headings. */
    private void move(int direction) {
        int at = results.getSelectionModel().getSelectedIndex();
        for (int i = at + direction; i >= 0 && i < model.rows().size(); i += direction) {
            if (model.rows().get(i) instanceof SearchRow.Hit) {
                results.getSelectionModel().clearAndSelect(i);
                results.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    private void open(SearchRow row) {
        if (row != null && model.open(row)) {
            close.run();
        }
    }

    /** Draws a heading in bold, a result as its title, details and the snippet with its matches marked. */
    private final class RowCell extends ListCell<SearchRow> {
        @Override
        protected void updateItem(SearchRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
            } else if (row instanceof SearchRow.Heading heading) {
                Label label = new Label(heading.more() ? Messages.text("ui.search.groupMore", heading.label()) : heading.label());
                label.getStyleClass().add("search-heading");
                setGraphic(label);
            } else if (row instanceof SearchRow.Hit hit) {
                setGraphic(hitGraphic(hit.result()));
            }
        }

        private VBox hitGraphic(SearchResult result) {
            Text title = new Text(result.title());
            title.getStyleClass().add("search-hit-title");
            List<String> details = new ArrayList<>();
            result.detail().ifPresent(details::add);
            result.day().map(dates::show).ifPresent(details::add);
            TextFlow head = new TextFlow(title);
            if (!details.isEmpty()) {
                Text detail = new Text("  " + String.join(" \u00b7 ", details));
                detail.getStyleClass().add("search-hit-detail");
                head.getChildren().add(detail);
            }
            TextFlow snippet = snippet(result.snippet());
            snippet.setMaxWidth(600);
            return new VBox(2, head, snippet);
        }
    }

    /** The snippet's text with each marked range in its own, highlighted, piece. */
    static TextFlow snippet(Snippet snippet) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("search-snippet-flow");
        int at = 0;
        for (Snippet.Mark mark : snippet.marks()) {
            flow.getChildren().add(piece(snippet.text().substring(at, mark.start()), "search-snippet"));
            flow.getChildren().add(piece(snippet.text().substring(mark.start(), mark.end()), "search-match"));
            at = mark.end();
        }
        flow.getChildren().add(piece(snippet.text().substring(at), "search-snippet"));
        return flow;
    }

    private static Text piece(String text, String styleClass) {
        Text piece = new Text(text);
        piece.getStyleClass().add(styleClass);
        return piece;
    }
}

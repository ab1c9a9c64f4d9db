package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.service.applications.ApplicationSummary;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Applications list on a journal of twenty applications, more than the window shows at once:
 * choosing a row, adding one, and a small window.
 */
@ExtendWith(ApplicationExtension.class)
class ApplicationsListTest {
    private static final int COUNT = 20;

    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try (TestJournal seed = TestJournal.open(folder)) {
            // Companies in the reverse order of their days, so that sorting by company changes the order.
            for (int i = 0; i < COUNT; i++) {
                seed.journal().add(anApplication().company(String.format("Company %02d", COUNT - i)).role("Analyst")
                        .applied(LocalDate.of(2026, 10, 1).plusDays(i)).build());
            }
        }
        window.open(folder, stage);
    }

    @Test
    void clickRow_sortedByCompany_listStaysWhereItIs(FxRobot robot) throws Exception {
        TableView<ApplicationSummary> table = table(robot);
        robot.clickOn(header(robot, "#companyColumn"));
        waitUntil(() -> "Company 01".equals(table.getItems().get(0).company()));
        VirtualFlow<?> flow = robot.lookup("#table .virtual-flow").queryAs(VirtualFlow.class);
        assertEquals(0, flow.getFirstVisibleCell().getIndex());

        robot.clickOn(row(robot, 2));
        waitUntil(() -> "Company 03".equals(heading(robot)));

        assertEquals(0, flow.getFirstVisibleCell().getIndex(), "the list did not move under the pointer");
        assertEquals(2, table.getSelectionModel().getSelectedIndex());
    }

    @Test
    void keyDown_pastTheLastRowShown_scrollsToKeepTheChosenRowInView(FxRobot robot) throws Exception {
        TableView<ApplicationSummary> table = table(robot);
        robot.clickOn(row(robot, 0));
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        for (int i = 0; i < COUNT - 1; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == COUNT - 1);

        VirtualFlow<?> flow = robot.lookup("#table .virtual-flow").queryAs(VirtualFlow.class);
        assertEquals(COUNT - 1, flow.getLastVisibleCell().getIndex());
    }

    @Test
    void saveNew_anotherApplicationShown_showsAndChoosesTheNewOne(FxRobot robot) throws Exception {
        TableView<ApplicationSummary> table = table(robot);
        robot.clickOn(row(robot, 1));
        String chosen = table.getItems().get(1).company();
        waitUntil(() -> chosen.equals(heading(robot)));

        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#company").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("Nordlys").type(KeyCode.TAB).write("Tester").type(KeyCode.ENTER);

        // Once the list holds it and the pane agrees with the chosen row, both are the new one.
        waitUntil(() -> table.getItems().size() == COUNT + 1 && table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().company().equals(heading(robot)));
        assertEquals("Nordlys", heading(robot));
        assertEquals("Nordlys", table.getSelectionModel().getSelectedItem().company());
    }

    @Test
    void smallWindow_rowChosen_titleFilterAndEveryColumnStayReadable(FxRobot robot) throws Exception {
        TableView<ApplicationSummary> table = table(robot);
        robot.clickOn(row(robot, 1));
        waitUntil(() -> table.getItems().get(1).company().equals(heading(robot)));
        assertEquals(6, table.getVisibleLeafColumns().size(), "every column in a window of 1280");
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        // The row chosen above stays chosen; let the window lay out at its new size.
        waitUntil(() -> stage.getScene().getWidth() == 900);

        Label title = robot.lookup(".applications .screen-title").queryAs(Label.class);
        assertTrue(title.getWidth() >= title.prefWidth(-1) - 0.5, "title cut short: " + title.getWidth());
        ComboBox<?> status = robot.lookup("#statusFilter").queryAs(ComboBox.class);
        assertTrue(status.getWidth() >= status.prefWidth(-1) - 0.5, "status filter cut short: " + status.getWidth());
        double columns = 0;
        for (TableColumn<ApplicationSummary, ?> column : table.getVisibleLeafColumns()) {
            assertTrue(column.getWidth() >= column.getMinWidth() - 0.5, column.getText() + " narrower than its least");
            columns += column.getWidth();
        }
        // One pixel over is JavaFX's constrained resize rounding each column to whole pixels.
        assertTrue(columns <= shownWidth(robot, table) + 1,
                "columns " + columns + " wider than the table shows " + shownWidth(robot, table) + ": "
                        + table.getVisibleLeafColumns().stream().map(c -> c.getText() + " " + c.getWidth()).toList());
        assertTrue(table.getVisibleLeafColumns().size() >= 4, "only the dates may step aside");
        Node side = robot.lookup(".applications .side").query();
        Node detail = robot.lookup("#detailPane").query();
        assertTrue(side.getBoundsInParent().getWidth() < 380, "the detail pane yields room: " + side.getBoundsInParent());
        assertTrue(detail.localToScene(detail.getLayoutBounds()).getMaxX() <= stage.getScene().getWidth() + 0.5,
                "the detail pane ends inside the window");
        double formRight = robot.lookup("#outcomePane").query().localToScene(
                robot.lookup("#outcomePane").query().getLayoutBounds()).getMaxX();
        assertTrue(formRight <= stage.getScene().getWidth(), "the forms end inside the window: " + formRight);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#saveNew").tryQuery().map(Node::isVisible).orElse(false));
        for (String button : new String[] {"#saveNew", "#cancelNew"}) {
            Node shown = robot.lookup(button).query();
            assertTrue(shown.getLayoutBounds().getWidth() >= shown.prefWidth(-1) - 0.5, button + " cut short");
        }
    }

    /** The width the rows are shown in: the table's inside, less its scroll bar. */
    private static double shownWidth(FxRobot robot, TableView<?> table) {
        return robot.lookup("#table .clipped-container").query().getLayoutBounds().getWidth();
    }

    private static String heading(FxRobot robot) {
        return robot.lookup("#heading").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static Node header(FxRobot robot, String column) {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        String text = table.getColumns().stream().filter(c -> column.equals("#" + c.getId())).findFirst()
                .orElseThrow().getText();
        return robot.lookup((Node n) -> n.getStyleClass().contains("column-header")
                && robot.from(n).lookup((Label l) -> text.equals(l.getText())).tryQuery().isPresent()).query();
    }

    /** The company cell of row {@code index} of the list: where a user clicks to choose it. */
    private static Node row(FxRobot robot, int index) {
        Node row = robot.from(robot.lookup("#table").queryAs(TableView.class))
                .lookup((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index && !r.isEmpty()).query();
        return robot.from(row).lookup(".table-cell").query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ApplicationSummary> table(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        TableView<ApplicationSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == COUNT);
        return table;
    }
}

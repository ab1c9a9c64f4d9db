package dev.onward.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.Messages;
import dev.onward.service.insight.OnThisDayItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "A year ago" on Today lists the few things nearest the day, so a busy week a year back does not fill the screen. */
class YearAgoListTest {
    private static final LocalDate YEAR_AGO = LocalDate.of(2025, 11, 29);

    @Test
    void nearest_manyAroundTheDay_keepsTheThreeNearestInTheOrderTheyHappened() {
        List<OnThisDayItem> items = List.of(item(-3, 1), item(-1, 2), item(-1, 3), item(0, 4), item(2, 5), item(3, 6));

        List<OnThisDayItem> shown = DashboardLists.nearest(items, YEAR_AGO);

        assertEquals(List.of(2L, 3L, 4L), shown.stream().map(OnThisDayItem::applicationId).toList());
    }

    @Test
    void nearest_asNearBeforeAndAfter_keepsTheEarlierFirst() {
        List<OnThisDayItem> items = List.of(item(2, 1), item(-2, 2), item(1, 3), item(-1, 4));

        List<OnThisDayItem> shown = DashboardLists.nearest(items, YEAR_AGO);

        assertEquals(List.of(2L, 4L, 3L), shown.stream().map(OnThisDayItem::applicationId).toList());
    }

    @Test
    void nearest_fewerThanTheMost_keepsThemAll() {
        List<OnThisDayItem> items = List.of(item(1, 1), item(-1, 2));

        assertEquals(List.of(2L, 1L), DashboardLists.nearest(items, YEAR_AGO).stream().map(OnThisDayItem::applicationId).toList());
        assertEquals(List.of(), DashboardLists.nearest(List.of(), YEAR_AGO));
    }

    @Test
    void moreLine_saysHowManyAreNotListed() {
        assertEquals("1 more application from around that day is in the Applications list.",
                Messages.text("dashboard.onThisDay.more", 1));
        assertEquals("31 more applications from around that day are in the Applications list.",
                Messages.text("dashboard.onThisDay.more", 31));
    }

    @Test
    void applicationsNotShown_aRejectionHiddenWithItsSendingShown_isNotCountedAgain() {
        OnThisDayItem sent = item(0, 1);
        OnThisDayItem saidNo = item(2, 1);
        List<OnThisDayItem> items = List.of(item(-3, 2), item(-2, 3), sent, saidNo, item(3, 4), item(3, 4));

        assertEquals(3, DashboardLists.applicationsNotShown(items, List.of(sent)));
        assertEquals(0, DashboardLists.applicationsNotShown(List.of(sent, saidNo), List.of(sent)));
    }

    private static OnThisDayItem item(int daysFromTheDay, long applicationId) {
        return new OnThisDayItem(YEAR_AGO.plusDays(daysFromTheDay), "You applied to Acme " + applicationId, applicationId, 0, 0, 0);
    }
}

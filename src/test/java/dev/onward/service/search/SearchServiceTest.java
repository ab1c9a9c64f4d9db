package dev.onward.service.search;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static dev.onward.testutil.StageBuilder.aStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Application;
import dev.onward.domain.Outcome;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.persistence.search.SqliteSearchIndex;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.applications.DeletedApplication;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search through the journal's use cases: what is saved, changed or deleted is found, or not, at once. */
class SearchServiceTest {
    @TempDir
    Path temp;
    TestJournal testJournal;
    ApplicationService journal;
    SearchService search;
    long teamInterview;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(temp);
        journal = testJournal.journal();
        search = new SearchService(new SqliteSearchIndex(testJournal.database()));
        teamInterview = testJournal.stageKind("Team interview");
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    /** Each result as "kind: title (detail)". */
    List<String> found(String text) {
        return search.search(text).stream().flatMap(g -> g.results().stream())
                .map(r -> r.kind().key() + ": " + r.title() + r.detail().map(d -> " (" + d + ")").orElse("")).toList();
    }

    Stage stage(Application application, String notes) {
        return journal.addStage(application.id(), aStage(teamInterview).on(LocalDate.of(2026, 3, 19)).peopleMet("Priya")
                .preparation("Read their blog").notes(notes).build());
    }

    Outcome rejection(String message) {
        return anOutcome().rejected().on(LocalDate.of(2026, 4, 2)).message(message).build();
    }

    @Test
    void add_application_isFoundByCompanyRoleLocationSourceAndNotes() {
        journal.add(anApplication().company("Acme Rockets").role("Junior Developer").location("Lyon")
                .notes("Ask about the four-day week").build());
        for (String text : List.of("acme", "junior", "lyon", "referral", "four-day week")) {
            assertEquals(List.of("application: Acme Rockets \u2014 Junior Developer"), found(text), text);
        }
    }

    @Test
    void edit_application_findsTheNewTextAndNotTheOld() {
        Application added = journal.add(anApplication().notes("Spoke to Marta at the meetup").build());
        journal.edit(added.id(), anApplication().company("Orchard").notes("Spoke to Jonas at the fair").build());
        assertEquals(List.of(), found("marta"));
        assertEquals(List.of("application: Orchard \u2014 Junior Developer"), found("jonas"));
    }

    @Test
    void delete_application_forgetsItWithItsStagesAndOutcome_andUndoBringsThemBack() {
        Application added = journal.add(anApplication().notes("zebra application").build());
        stage(added, "zebra stage");
        journal.recordOutcome(added.id(), rejection("zebra message"));
        assertEquals(3, found("zebra").size());
        DeletedApplication removed = journal.delete(added.id());
        assertEquals(List.of(), found("zebra"));
        journal.undoDelete(removed);
        assertEquals(3, found("zebra").size());
    }

    @Test
    void stage_addEditRemove_keepsTheIndexInStep() {
        Application added = journal.add(anApplication().build());
        Stage logged = stage(added, "Whiteboard question about caching");
        assertEquals(List.of("stage: Acme Rockets \u2014 Junior Developer (Team interview)"), found("whiteboard"));
        assertEquals(1, found("priya").size());
        journal.editStage(logged.id(), StageDetails.of(teamInterview, LocalDate.of(2026, 3, 20)));
        assertEquals(List.of(), found("whiteboard"));
        assertEquals(List.of(), found("priya"));
        stage(added, "Pairing exercise");
        journal.removeStage(logged.id());
        assertEquals(1, found("pairing").size());
    }

    @Test
    void outcome_recordAgainAndReopen_keepsOnlyTheCurrentMessage() {
        Application added = journal.add(anApplication().build());
        journal.recordOutcome(added.id(), rejection("We chose a more qualified candidate"));
        assertEquals(List.of("outcome: Acme Rockets \u2014 Junior Developer (Rejected)"), found("qualified"));
        journal.recordOutcome(added.id(), rejection("The role was filled internally"));
        assertEquals(List.of(), found("qualified"));
        assertEquals(1, found("internally").size());
        journal.reopen(added.id());
        assertEquals(List.of(), found("internally"));
    }

    @Test
    void editCompany_changesTheTitleOfItsStagesAndOutcome() {
        Application added = journal.add(anApplication().build());
        stage(added, "Met the whole team");
        journal.edit(added.id(), anApplication().company("Acme Aerospace").build());
        assertEquals(List.of("stage: Acme Aerospace \u2014 Junior Developer (Team interview)"), found("whole team"));
    }

    @Test
    void search_groupsByKindInOrder_withIdsToOpenTheItem() {
        Application added = journal.add(anApplication().notes("kiwi").build());
        Stage logged = stage(added, "kiwi");
        journal.recordOutcome(added.id(), rejection("kiwi"));
        List<SearchGroup> groups = search.search("kiwi");
        assertEquals(List.of(SearchKind.APPLICATION, SearchKind.STAGE, SearchKind.OUTCOME),
                groups.stream().map(SearchGroup::kind).toList());
        SearchResult stageResult = groups.get(1).results().get(0);
        assertEquals(logged.id(), stageResult.itemId());
        assertEquals(Optional.of(added.id()), stageResult.applicationId());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 19)), stageResult.day());
        assertEquals(List.of("kiwi"), stageResult.snippet().matches());
    }

    @Test
    void search_equalMatches_mostRecentFirst() {
        journal.add(anApplication().company("Older").notes("mango").applied(LocalDate.of(2026, 1, 5)).build());
        journal.add(anApplication().company("Newer").notes("mango").applied(LocalDate.of(2026, 6, 5)).build());
        journal.add(anApplication().company("Middle").notes("mango").applied(LocalDate.of(2026, 3, 5)).build());
        assertEquals(List.of("application: Newer \u2014 Junior Developer", "application: Middle \u2014 Junior Developer",
                "application: Older \u2014 Junior Developer"), found("mango"));
    }

    @Test
    void search_betterMatch_comesFirstWhateverTheDate() {
        for (int i = 0; i < 6; i++) {
            journal.add(anApplication().company("Other " + i).build());
        }
        journal.add(anApplication().company("Papaya Labs").notes("notes").applied(LocalDate.of(2026, 1, 5)).build());
        journal.add(anApplication().company("Fig").notes("Their rival is Papaya Labs, with a long story about the"
                + " market and the product and everything else").applied(LocalDate.of(2026, 6, 5)).build());
        assertEquals("application: Papaya Labs \u2014 Junior Developer", found("papaya").get(0));
    }

    @Test
    void search_moreThanTheLimit_keepsTheLimitAndSaysThereIsMore() {
        for (int i = 0; i < 4; i++) {
            journal.add(anApplication().company("Company " + i).notes("lime").build());
        }
        List<SearchGroup> groups = search.search("lime", 3);
        assertEquals(3, groups.get(0).results().size());
        assertTrue(groups.get(0).more());
        assertFalse(search.search("lime", 4).get(0).more());
    }

    @Test
    void search_blankOrNothingToFind_isEmpty() {
        journal.add(anApplication().build());
        assertEquals(List.of(), search.search(null));
        assertEquals(List.of(), search.search(" \t"));
        assertEquals(List.of(), search.search("\"\""));
        assertEquals(List.of(), search.search("acme", 0));
    }
}

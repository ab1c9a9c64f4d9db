package dev.onward.service.exchange;

import dev.onward.service.insight.Insights;
import dev.onward.service.search.SearchGroup;
import java.util.List;

/** How the command line prints what it found for a script: the dashboard's figures and search results, as JSON. */
public interface ReportFormat {

    /** The dashboard's {@code figures} as one JSON object. */
    String figures(Insights figures);

    /** The results of searching for {@code text}, grouped by kind, as one JSON object. */
    String searchResults(String text, List<SearchGroup> groups);
}

package dev.onward.exchange;

import dev.onward.service.exchange.ReportFormat;
import dev.onward.service.insight.Insights;
import dev.onward.service.search.SearchGroup;
import java.util.List;

/** The command line's reports for scripts, in JSON: {@link StatsJson} and {@link SearchResultsJson}. */
public final class JsonReports implements ReportFormat {
    @Override
    public String figures(Insights figures) {
        return StatsJson.of(figures);
    }

    @Override
    public String searchResults(String text, List<SearchGroup> groups) {
        return new SearchResultsJson().write(text, groups);
    }
}

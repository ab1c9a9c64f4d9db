package dev.onward.persistence;

import dev.onward.service.SearchHit;
import dev.onward.service.SearchIndex;
import dev.onward.service.SearchKind;
import dev.onward.service.Snippet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search index of migration V2: {@code search_words} (whole words, prefixes) and
 * {@code search_grams} (substrings) over {@code search_text}, kept in step by triggers. The user's
 * text becomes an {@link Fts5Query}; only fixed SQL fragments are joined, every value is bound.
 */
public final class SqliteSearchIndex implements SearchIndex {
    /** Title (names) counts twice as much as body in bm25. */
    private static final String WEIGHTS = "2.0, 1.0";
    private static final String SCAN_TEXT = "lower(t.title || char(10) || t.body)";

    private final Database database;

    /** Creates the index over an open journal. */
    public SqliteSearchIndex(Database database) {
        this.database = database;
    }

    @Override
    public List<SearchHit> find(String text, int perKind) {
        Fts5Query query = Fts5Query.of(text);
        if (query.isEmpty() || perKind < 1) {
            return List.of();
        }
        Statement statement = statement(query, perKind);
        return database.read(c -> hits(c, statement, query));
    }

    /** SQL with numbered parameters and the values to bind, in order. */
    private record Statement(String sql, List<Object> values) {
    }

    /**
     * Ranks every match with bm25 (two decimals, so near-equal scores count as equal and the
     * most recent comes first), keeps the best {@code perKind} of each kind, and only then asks
     * FTS5 for snippets, which cost more than ranking.
     */
    private static Statement statement(Fts5Query query, int perKind) {
        List<Object> values = new ArrayList<>();
        String table = query.words().isEmpty() ? (query.grams().isEmpty() ? null : "search_grams") : "search_words";
        StringBuilder where = new StringBuilder();
        if (table != null) {
            values.add(table.equals("search_words") ? query.words() : query.gramsMatch());
            where.append(table).append(" MATCH ?1");
        }
        if (!query.words().isEmpty() && !query.grams().isEmpty()) {
            values.add(query.gramsMatch());
            where.append(" AND t.id IN (SELECT rowid FROM search_grams WHERE search_grams MATCH ?")
                    .append(values.size()).append(')');
        }
        for (String substring : query.substrings()) {
            values.add(substring);
            where.append(where.length() == 0 ? "" : " AND ").append("instr(").append(SCAN_TEXT)
                    .append(", lower(?").append(values.size()).append(")) > 0");
        }
        values.add(perKind);
        String limit = "?" + values.size();
        String hits = table == null
                ? "SELECT t.id, t.kind, t.day, 0 AS score FROM search_text t WHERE " + where
                : "SELECT t.id, t.kind, t.day, round(bm25(" + table + ", " + WEIGHTS + "), 2) AS score FROM " + table
                        + " JOIN search_text t ON t.id = " + table + ".rowid WHERE " + where;
        String snippet = table == null ? "NULL"
                : "snippet(" + table + ", -1, char(2), char(3), '" + SnippetText.ELLIPSIS + "', "
                        + (table.equals("search_words") ? 16 : 48) + ")";
        String from = table == null ? "ranked r" : table + " JOIN ranked r ON r.id = " + table + ".rowid";
        String outerWhere = (table == null ? "" : table + " MATCH ?1 AND ") + "r.place <= " + limit;
        String sql = "WITH hits AS (" + hits + "), ranked AS (SELECT id, row_number() OVER (PARTITION BY kind"
                + " ORDER BY score, day DESC, id DESC) AS place FROM hits)"
                + " SELECT t.kind, t.item_id, t.application_id, t.day, t.heading, a.company, a.role, t.title, t.body, "
                + snippet + " AS snippet FROM " + from + " JOIN search_text t ON t.id = r.id"
                + " LEFT JOIN application a ON a.id = t.application_id WHERE " + outerWhere
                + " ORDER BY t.kind, r.place";
        return new Statement(sql, values);
    }

    private static List<SearchHit> hits(Connection c, Statement statement, Fts5Query query) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.values().size(); i++) {
                s.setObject(i + 1, statement.values().get(i));
            }
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hit(r, query).ifPresent(hits::add);
                }
            }
            return List.copyOf(hits);
        }
    }

    private static Optional<SearchHit> hit(ResultSet r, Fts5Query query) throws SQLException {
        Optional<SearchKind> kind = SearchKind.ofKey(r.getString("kind"));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String marked = r.getString("snippet");
        Snippet snippet = marked == null
                ? SnippetText.around(r.getString("title"), r.getString("body"), query.literals())
                : SnippetText.parse(marked, query.literals());
        return Optional.of(new SearchHit(kind.get(), r.getLong("item_id"), Columns.integer(r, "application_id"),
                Columns.text(r, "company"), Columns.text(r, "role"), Columns.text(r, "heading"),
                Columns.day(r, "day"), snippet));
    }
}

package dev.onward.persistence.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that searches one kind of item for an {@link Fts5Query}: fixed fragments joined with
 * numbered parameters, and the values to bind to them. Nothing the user typed is ever in the SQL.
 *
 * <p>Ranking every match of a broad query ("in" matches most of a journal) costs about 2 µs a
 * match, so only the {@link #CANDIDATES} most recent matches of a kind are ranked: the kind's
 * rowid range read newest first, which FTS5 does without touching older rows. bm25 is rounded to
 * two decimals so that near-equal matches count as equal and the most recent comes first.
 *
 * @param sql the statement
 * @param values the values for {@code ?1}, {@code ?2}, ... in order
 */
record SearchStatement(String sql, List<Object> values) {
    /** How many of a kind's newest matches are ranked. */
    static final int CANDIDATES = 300;
    /** Title (names) counts twice as much as body. */
    private static final String WEIGHTS = "2.0, 1.0";
    private static final String SELECT = "SELECT t.kind, t.item_id, t.application_id, t.day, t.heading, a.company,"
            + " a.role, t.title, t.body FROM candidates c JOIN search_text t ON t.id = c.id"
            + " LEFT JOIN application a ON a.id = t.application_id";

    /** The statement for the items in rowids {@code first..last} (one kind), best {@code limit} first. */
    static SearchStatement of(Fts5Query query, long first, long last, int limit) {
        List<Object> values = new ArrayList<>(List.of(first, last));
        String table = query.words().isEmpty() ? (query.grams().isEmpty() ? null : "search_grams") : "search_words";
        if (table == null) {
            String where = "t.id BETWEEN ?1 AND ?2" + substrings("t", query, values);
            values.add(limit);
            return new SearchStatement("WITH candidates AS MATERIALIZED (SELECT t.id FROM search_text t WHERE " + where
                    + " ORDER BY t.id DESC LIMIT ?" + values.size() + ") " + SELECT + " ORDER BY t.day DESC, c.id DESC",
                    values);
        }
        values.add(table.equals("search_words") ? query.words() : query.gramsMatch());
        StringBuilder where = new StringBuilder(table + " MATCH ?3 AND " + table + ".rowid BETWEEN ?1 AND ?2");
        if (table.equals("search_words") && !query.grams().isEmpty()) {
            values.add(query.gramsMatch());
            where.append(" AND search_words.rowid IN (SELECT rowid FROM search_grams WHERE search_grams MATCH ?")
                    .append(values.size()).append(')');
        }
        where.append(substrings(table, query, values));
        values.add(CANDIDATES);
        String candidates = "SELECT " + table + ".rowid AS id, round(bm25(" + table + ", " + WEIGHTS + "), 2) AS score"
                + " FROM " + table + " WHERE " + where + " ORDER BY " + table + ".rowid DESC LIMIT ?" + values.size();
        values.add(limit);
        return new SearchStatement("WITH candidates AS MATERIALIZED (" + candidates + ") " + SELECT
                + " ORDER BY c.score, t.day DESC, c.id DESC LIMIT ?" + values.size(), values);
    }

    /** Each short substring must be in the title or the body; case is ignored only where it exists. */
    private static String substrings(String table, Fts5Query query, List<Object> values) {
        StringBuilder where = new StringBuilder();
        for (String substring : query.substrings()) {
            values.add(substring);
            String value = "?" + values.size();
            boolean cased = substring.codePoints().anyMatch(cp -> Character.toLowerCase(cp) != Character.toUpperCase(cp));
            String title = cased ? "lower(" + table + ".title)" : table + ".title";
            String body = cased ? "lower(" + table + ".body)" : table + ".body";
            String needle = cased ? "lower(" + value + ")" : value;
            where.append(" AND (instr(").append(title).append(", ").append(needle).append(") > 0 OR instr(")
                    .append(body).append(", ").append(needle).append(") > 0)");
        }
        return where.toString();
    }
}

package dev.onward.persistence.search;

import dev.onward.persistence.Columns;
import dev.onward.persistence.Database;
import dev.onward.service.search.SearchHit;
import dev.onward.service.search.SearchIndex;
import dev.onward.service.search.SearchKind;
import dev.onward.service.search.Snippet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search index of migration V3: {@code search_words} (whole words, prefixes) and
 * {@code search_grams} (substrings) over {@code search_text}, kept in step by triggers. The user's
 * text becomes an {@link Fts5Query}, then one {@link SearchStatement} per kind of item.
 */
public final class SqliteSearchIndex implements SearchIndex {
    /** A kind's rowids in {@code search_text} are its block number times 2^40 plus the item's id. */
    static final int KIND_SHIFT = 40;
    private static final long MAX_ITEM_ID = (1L << KIND_SHIFT) - 1;

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
        return database.read(c -> {
            List<SearchHit> hits = new ArrayList<>();
            for (SearchKind kind : kindsInJournal(c)) {
                long first = block(kind) << KIND_SHIFT;
                hits.addAll(hits(c, SearchStatement.of(query, first, first + MAX_ITEM_ID, perKind), query));
            }
            return List.copyOf(hits);
        });
    }

    /**
     * The kinds the journal holds at least one of: a search of a kind costs one evaluation of the
     * query, so kinds with nothing (often contacts or lessons) are not searched at all.
     */
    private static List<SearchKind> kindsInJournal(Connection c) throws SQLException {
        List<SearchKind> kinds = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM search_text WHERE id BETWEEN ? AND ? LIMIT 1")) {
            for (SearchKind kind : SearchKind.values()) {
                s.setLong(1, block(kind) << KIND_SHIFT);
                s.setLong(2, (block(kind) << KIND_SHIFT) + MAX_ITEM_ID);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        kinds.add(kind);
                    }
                }
            }
        }
        return kinds;
    }

    /** The number of {@code kind}'s block of rowids in {@code search_text}, as migration V3 numbers them. */
    static long block(SearchKind kind) {
        return switch (kind) {
            case APPLICATION -> 1;
            case STAGE -> 2;
            case OUTCOME -> 3;
            case REFLECTION -> 4;
            case FEEDBACK -> 5;
            case LESSON -> 6;
            case CONTACT -> 7;
        };
    }

    private static List<SearchHit> hits(Connection c, SearchStatement statement, Fts5Query query) throws SQLException {
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
            return hits;
        }
    }

    private static Optional<SearchHit> hit(ResultSet r, Fts5Query query) throws SQLException {
        Optional<SearchKind> kind = SearchKind.ofKey(r.getString("kind"));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Snippet snippet = SnippetText.cut(r.getString("title"), r.getString("body"), query);
        return Optional.of(new SearchHit(kind.get(), r.getLong("item_id"), Columns.integer(r, "application_id"),
                Columns.text(r, "company"), Columns.text(r, "role"), Columns.text(r, "heading"),
                Columns.day(r, "day"), snippet));
    }
}

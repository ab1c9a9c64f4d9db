package dev.onward.persistence.reflect;

import dev.onward.domain.Contact;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.StoredValues;
import dev.onward.persistence.Columns;
import dev.onward.persistence.Database;
import dev.onward.service.reflect.ContactRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Contacts in SQLite. */
public final class SqliteContactRepository implements ContactRepository {
    private final Database database;

    /** Creates the repository over an open journal. */
    public SqliteContactRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Contact> findAll() {
        return database.read(c -> select(c, "SELECT * FROM contact ORDER BY name COLLATE NOCASE, id", Optional.empty()));
    }

    @Override
    public Optional<Contact> find(long id) {
        return database.read(c -> select(c, "SELECT * FROM contact WHERE id = ?", Optional.of(id)).stream().findFirst());
    }

    @Override
    public Contact add(ContactDetails details, Instant now) {
        long id = database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO contact (name, role, company, email, notes,"
                    + " keep_in_touch_on, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(s, details);
                s.setString(7, now.toString());
                s.setString(8, now.toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Contact(id, details);
    }

    @Override
    public void update(long id, ContactDetails details, Instant now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE contact SET name = ?, role = ?, company = ?, email = ?,"
                    + " notes = ?, keep_in_touch_on = ?, updated = ? WHERE id = ?")) {
                bind(s, details);
                s.setString(7, now.toString());
                s.setLong(8, id);
                return s.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement s, ContactDetails d) throws SQLException {
        s.setString(1, d.name());
        Columns.text(s, 2, d.role());
        Columns.text(s, 3, d.company());
        Columns.text(s, 4, d.email());
        Columns.text(s, 5, d.notes());
        Columns.day(s, 6, d.keepInTouchOn());
    }

    private static List<Contact> select(Connection c, String sql, Optional<Long> id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (id.isPresent()) {
                s.setLong(1, id.get());
            }
            try (ResultSet r = s.executeQuery()) {
                List<Contact> contacts = new ArrayList<>();
                while (r.next()) {
                    contacts.add(new Contact(r.getLong("id"), details(r)));
                }
                return contacts;
            }
        }
    }

    /** The contact's details in the current row of {@code r}, a row of {@code contact}. */
    public static ContactDetails details(ResultSet r) throws SQLException {
        try (StoredValues.Row row = StoredValues.at("contact", r.getLong("id"))) {
            return new ContactDetails(r.getString("name"), Columns.text(r, "role"), Columns.text(r, "company"),
                    Columns.text(r, "email"), Columns.text(r, "notes"), Columns.day(r, "keep_in_touch_on"));
        }
    }
}

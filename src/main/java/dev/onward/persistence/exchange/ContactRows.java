package dev.onward.persistence.exchange;

import dev.onward.domain.Contact;
import dev.onward.domain.ContactDetails;
import dev.onward.persistence.Columns;
import dev.onward.persistence.reflect.SqliteContactRepository;
import dev.onward.service.reflect.StoredContact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Every contact with its dates, read and written as they are (same ids), for whole-journal exchange. */
final class ContactRows {
    private ContactRows() {
    }

    static List<StoredContact> readAll(Connection c) throws SQLException {
        List<StoredContact> contacts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM contact ORDER BY id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ContactDetails details = SqliteContactRepository.details(r);
                contacts.add(new StoredContact(new Contact(r.getLong("id"), details), Columns.instant(r, "created"),
                        Columns.instant(r, "updated")));
            }
        }
        return contacts;
    }

    static void insertAll(Connection c, List<StoredContact> contacts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO contact (id, name, role, company, email, notes,"
                + " keep_in_touch_on, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredContact stored : contacts) {
                ContactDetails d = stored.contact().details();
                s.setLong(1, stored.contact().id());
                s.setString(2, d.name());
                Columns.text(s, 3, d.role());
                Columns.text(s, 4, d.company());
                Columns.text(s, 5, d.email());
                Columns.text(s, 6, d.notes());
                Columns.day(s, 7, d.keepInTouchOn());
                s.setString(8, stored.created().toString());
                s.setString(9, stored.updated().toString());
                s.executeUpdate();
            }
        }
    }
}

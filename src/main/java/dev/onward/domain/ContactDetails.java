package dev.onward.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Someone to keep in touch with.
 *
 * @param name their name
 * @param role their role
 * @param company their company
 * @param email their email address
 * @param notes free notes
 * @param keepInTouchOn the day to get back in touch
 */
public record ContactDetails(String name, Optional<String> role, Optional<String> company, Optional<String> email,
        Optional<String> notes, Optional<LocalDate> keepInTouchOn) {
    /** Longest name, role or company. */
    public static final int MAX_SHORT = 200;
    /** Longest notes. */
    public static final int MAX_NOTES = 20_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Requires a name; checks the email's shape. */
    public ContactDetails {
        name = Fields.required("contactName", name, MAX_SHORT);
        role = Fields.optional("contactRole", role, MAX_SHORT);
        company = Fields.optional("contactCompany", company, MAX_SHORT);
        email = Fields.optional("email", email, MAX_SHORT);
        notes = Fields.optional("contactNotes", notes, MAX_NOTES);
        Objects.requireNonNull(keepInTouchOn, "keepInTouchOn");
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            StoredValues.refuse(email, new InvalidValueException("email", Messages.text("field.email.invalid")));
        }
    }
}

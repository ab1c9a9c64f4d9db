package dev.onward.service.exchange;

import java.util.Locale;
import java.util.Optional;

/** What a spreadsheet column holds, as far as an import is concerned. */
public enum ColumnField {
    /** The company applied to (required). */
    COMPANY,
    /** The role, position or title (required). */
    ROLE,
    /** The day the application was sent. */
    APPLIED,
    /** A status word: applied, interviewing, rejected, ... */
    STATUS,
    /** The job posting's address. */
    LINK,
    /** Where the job is. */
    LOCATION,
    /** Where the job was found. */
    SOURCE,
    /** Free notes. */
    NOTES,
    /** A contact's name; kept in the notes until contacts exist. */
    CONTACT,
    /** The salary as written. */
    SALARY,
    /** The lower end of a salary range. */
    SALARY_MIN,
    /** The upper end of a salary range. */
    SALARY_MAX,
    /** The salary's currency. */
    SALARY_CURRENCY,
    /** The day the application ended or was last changed, used as the outcome's day. */
    ENDED,
    /** A column the import leaves alone. */
    IGNORED;

    /** The name used on the command line and in files, e.g. {@code salary-min}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The field for a name written as {@link #key()} (or the enum name), if there is one. */
    public static Optional<ColumnField> fromKey(String key) {
        String wanted = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ColumnField field : values()) {
            if (field.name().equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

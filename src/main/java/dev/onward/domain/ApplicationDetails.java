package dev.onward.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user says about an application: company and role are required, everything else is
 * optional. Text is trimmed; blank optional text becomes empty.
 *
 * @param company the company applied to
 * @param role the role (position, title) applied for
 * @param location where the job is, as the user writes it
 * @param link the job posting, an http(s) address
 * @param source where the user found the job
 * @param salary the salary as the user writes it ("55k", "£40–45k")
 * @param applied the day the application was sent
 * @param notes free notes
 */
public record ApplicationDetails(
        String company,
        String role,
        Optional<String> location,
        Optional<String> link,
        Optional<String> source,
        Optional<String> salary,
        Optional<LocalDate> applied,
        Optional<String> notes) {

    /** Longest company or role name. */
    public static final int MAX_NAME = 200;
    /** Longest location, source or salary text. */
    public static final int MAX_SHORT = 200;
    /** Longest link. */
    public static final int MAX_LINK = 2000;
    /** Longest notes. */
    public static final int MAX_NOTES = 20_000;

    /** Validates and normalises every field; see the class description. */
    public ApplicationDetails {
        company = Fields.required("company", company, MAX_NAME);
        role = Fields.required("role", role, MAX_NAME);
        location = Fields.optional("location", location, MAX_SHORT);
        link = Fields.optional("link", link, MAX_LINK).map(ApplicationDetails::checkedLink);
        source = Fields.optional("source", source, MAX_SHORT);
        salary = Fields.optional("salary", salary, MAX_SHORT);
        applied = applied == null ? Optional.empty() : applied;
        notes = Fields.optional("notes", notes, MAX_NOTES);
    }

    /** An application with only the two required fields. */
    public static ApplicationDetails of(String company, String role) {
        return new ApplicationDetails(company, role, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A copy with another applied date. */
    public ApplicationDetails withApplied(Optional<LocalDate> day) {
        return new ApplicationDetails(company, role, location, link, source, salary, day, notes);
    }

    private static String checkedLink(String text) {
        String withScheme = text.contains("://") ? text : "https://" + text;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".")) {
                return withScheme;
            }
        } catch (URISyntaxException e) {
            // falls through to the message below
        }
        throw new InvalidValueException("link", Messages.text("field.link.invalid"));
    }
}

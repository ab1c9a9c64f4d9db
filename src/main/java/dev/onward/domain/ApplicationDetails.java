package dev.onward.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user says about an application: company and role are required, everything else is
 * optional. Text is trimmed; blank optional text becomes empty. When several fields are wrong,
 * the {@link InvalidValueException} names the first and lists them all.
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
        // Every field is checked, so a form can show each wrong field at once, not one per save.
        Problems problems = new Problems();
        company = problems.check(v -> Fields.required("company", v, MAX_NAME), company, "");
        role = problems.check(v -> Fields.required("role", v, MAX_NAME), role, "");
        location = problems.check(v -> Fields.optional("location", v, MAX_SHORT), location, Optional.empty());
        link = problems.check(v -> Fields.optional("link", v, MAX_LINK).map(ApplicationDetails::checkedLink), link,
                Optional.empty());
        source = problems.check(v -> Fields.optional("source", v, MAX_SHORT), source, Optional.empty());
        salary = problems.check(v -> Fields.optional("salary", v, MAX_SHORT), salary, Optional.empty());
        applied = applied == null ? Optional.empty() : applied;
        notes = problems.check(v -> Fields.optional("notes", v, MAX_NOTES), notes, Optional.empty());
        problems.throwIfAny();
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
        return StoredValues.refuse(text, new InvalidValueException("link", Messages.text("field.link.invalid")));
    }
}

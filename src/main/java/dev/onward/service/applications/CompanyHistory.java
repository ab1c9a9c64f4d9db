package dev.onward.service.applications;

import dev.onward.domain.Contact;
import java.util.List;
import java.util.Objects;

/**
 * What happened at one company before: the earlier applications there, newest first, and the
 * contacts kept at it.
 *
 * @param company the company as the newest earlier application names it (or as asked, when there is none)
 * @param applications the earlier applications, newest first
 * @param contacts the contacts kept at the company, by name
 */
public record CompanyHistory(String company, List<PastApplication> applications, List<Contact> contacts) {
    /** Copies the lists. */
    public CompanyHistory {
        Objects.requireNonNull(company, "company");
        applications = List.copyOf(applications);
        contacts = List.copyOf(contacts);
    }

    /** No history: a company the journal has not seen. */
    public static CompanyHistory none(String company) {
        return new CompanyHistory(company, List.of(), List.of());
    }

    /** Whether the user has applied at this company before. */
    public boolean isEmpty() {
        return applications.isEmpty();
    }
}

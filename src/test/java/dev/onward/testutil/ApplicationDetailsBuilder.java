package dev.onward.testutil;

import dev.onward.domain.ApplicationDetails;
import java.time.LocalDate;
import java.util.Optional;

/** Builds {@link ApplicationDetails} for tests: valid by default, change only what matters. */
public final class ApplicationDetailsBuilder {
    private String company = "Acme Rockets";
    private String role = "Junior Developer";
    private Optional<String> location = Optional.of("Lyon");
    private Optional<String> link = Optional.of("https://acme.example/jobs/42");
    private Optional<String> source = Optional.of("Referral");
    private Optional<String> salary = Optional.of("45k");
    private Optional<LocalDate> applied = Optional.of(LocalDate.of(2026, 3, 7));
    private Optional<String> notes = Optional.empty();

    /** Starts from a valid application at Acme Rockets. */
    public static ApplicationDetailsBuilder anApplication() {
        return new ApplicationDetailsBuilder();
    }

    /** Sets the company. */
    public ApplicationDetailsBuilder company(String value) {
        company = value;
        return this;
    }

    /** Sets the role. */
    public ApplicationDetailsBuilder role(String value) {
        role = value;
        return this;
    }

    /** Sets the location. */
    public ApplicationDetailsBuilder location(String value) {
        location = Optional.ofNullable(value);
        return this;
    }

    /** Sets the link. */
    public ApplicationDetailsBuilder link(String value) {
        link = Optional.ofNullable(value);
        return this;
    }

    /** Sets the applied day. */
    public ApplicationDetailsBuilder applied(LocalDate value) {
        applied = Optional.ofNullable(value);
        return this;
    }

    /** Sets the notes. */
    public ApplicationDetailsBuilder notes(String value) {
        notes = Optional.ofNullable(value);
        return this;
    }

    /** The details; throws like the record would for invalid values. */
    public ApplicationDetails build() {
        return new ApplicationDetails(company, role, location, link, source, salary, applied, notes);
    }
}

package dev.onward.exchange;

import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches spreadsheet headers to fields: the names people and trackers (JobSync, Teal, Huntr)
 * use, compared without case, spaces or punctuation. When two columns could hold the same
 * field, the closer name wins ("appliedDate" over "applied") and the other is left alone.
 */
final class HeaderNames {
    /** Each name with its rank: 0 is an exact name for the field, higher is a looser one. */
    private static final Map<String, Alias> ALIASES = aliases();

    private record Alias(ColumnField field, int rank) {
    }

    private static Map<String, Alias> aliases() {
        Map<String, Alias> all = new HashMap<>();
        add(all, ColumnField.COMPANY, "company:0 companyname:0 employer:1 organisation:2 organization:2 business:3");
        add(all, ColumnField.ROLE, "role:0 position:0 jobtitle:0 positiontitle:0 jobrole:0 jobposition:0 title:1 job:2");
        add(all, ColumnField.APPLIED, "dateapplied:0 applieddate:0 appliedat:0 applicationdate:0 appliedon:0"
                + " datesubmitted:1 submitted:2 applied:3 date:4");
        add(all, ColumnField.STATUS, "statusname:0 status:1 stage:2 outcome:2 state:3 result:3");
        add(all, ColumnField.LINK, "link:0 url:0 joblink:0 joburl:0 postingurl:0 posting:1 jobposting:1 joblisting:1"
                + " listing:2 website:3");
        add(all, ColumnField.LOCATION, "location:0 joblocation:0 city:1 place:2 where:2");
        add(all, ColumnField.SOURCE, "source:0 jobsource:0 foundvia:0 foundon:0 channel:1 via:2 platform:2");
        add(all, ColumnField.NOTES, "notes:0 note:0 comments:1 comment:1 remarks:1 description:3");
        add(all, ColumnField.CONTACT, "contact:0 contactname:0 contactperson:0 recruiter:1 hiringmanager:2 referrer:2");
        add(all, ColumnField.SALARY, "salary:0 salaryrange:0 pay:1 compensation:1 expectedsalary:1");
        add(all, ColumnField.SALARY_MIN, "minsalary:0 salarymin:0");
        add(all, ColumnField.SALARY_MAX, "maxsalary:0 salarymax:0");
        add(all, ColumnField.SALARY_CURRENCY, "salarycurrency:0 currency:1");
        add(all, ColumnField.ENDED, "ended:0 archivedat:0 dateclosed:0 closedat:0 outcomedate:0 closed:1 responsedate:1"
                + " enddate:1 updatedat:2 lastupdated:2 lastupdate:2");
        return Map.copyOf(all);
    }

    private HeaderNames() {
    }

    private static void add(Map<String, Alias> all, ColumnField field, String names) {
        for (String entry : names.split(" ")) {
            String[] parts = entry.split(":");
            all.put(parts[0], new Alias(field, Integer.parseInt(parts[1])));
        }
    }

    /**
     * What each header holds: {@code chosen} (header, any case, to field) first, then the best
     * name match for each field still open; everything else is ignored.
     */
    static List<ColumnMatch> match(List<String> headers, Map<String, ColumnField> chosen) {
        Map<String, ColumnField> byHeader = new HashMap<>();
        chosen.forEach((header, field) -> byHeader.put(header.strip().toLowerCase(Locale.ROOT), field));
        Map<ColumnField, Integer> taken = new EnumMap<>(ColumnField.class);
        ColumnField[] fields = new ColumnField[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            ColumnField field = byHeader.get(headers.get(i).strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                fields[i] = field;
                taken.put(field, -1);
            }
        }
        Map<ColumnField, Integer> bestRank = new EnumMap<>(ColumnField.class);
        for (int i = 0; i < headers.size(); i++) {
            Alias alias = ALIASES.get(normalise(headers.get(i)));
            if (fields[i] != null || alias == null || taken.containsKey(alias.field())) {
                continue;
            }
            Integer best = bestRank.get(alias.field());
            if (best == null || alias.rank() < best) {
                bestRank.put(alias.field(), alias.rank());
            }
        }
        List<ColumnMatch> matches = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            ColumnField field = fields[i];
            boolean isChosen = field != null;
            if (field == null) {
                Alias alias = ALIASES.get(normalise(headers.get(i)));
                boolean wins = alias != null && !taken.containsKey(alias.field())
                        && bestRank.get(alias.field()) == alias.rank();
                field = wins ? alias.field() : ColumnField.IGNORED;
                if (wins) {
                    taken.put(alias.field(), i);
                }
            }
            matches.add(new ColumnMatch(i, headers.get(i), field, isChosen));
        }
        return matches;
    }

    /** "Date Applied", "date_applied" and "dateApplied" all become "dateapplied". */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}

package org.problemsolvinghub.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words closed plans are written in, so that library searches find some plans and not others: a
 * problem (with its type), a place, two tactics and a lesson, chosen from the clone's number. 18 problems
 * x 16 places x 7 x 7 tactics x 10 lessons: a search for a problem and a place finds a few dozen of
 * 10,000 plans, a search for one common word a few thousand.
 */
final class LibraryWords {

    static final List<String[]> PROBLEMS = List.of(
            new String[] {"Cycle theft", "VEHICLE_CRIME"},
            new String[] {"Theft from parked cars", "VEHICLE_CRIME"},
            new String[] {"Catalytic converter theft", "VEHICLE_CRIME"},
            new String[] {"Youths gathering and drinking", "ANTISOCIAL_BEHAVIOUR"},
            new String[] {"Graffiti and criminal damage", "ANTISOCIAL_BEHAVIOUR"},
            new String[] {"Begging and rough sleeping", "ANTISOCIAL_BEHAVIOUR"},
            new String[] {"Noise and parties at a flat", "ANTISOCIAL_BEHAVIOUR"},
            new String[] {"Drug dealing", "DRUGS"},
            new String[] {"Cannabis smoking", "DRUGS"},
            new String[] {"Burglaries of sheds and garages", "BURGLARY"},
            new String[] {"Shoplifting", "RETAIL_CRIME"},
            new String[] {"Fly-tipping", "ENVIRONMENTAL"},
            new String[] {"Litter and dog fouling", "ENVIRONMENTAL"},
            new String[] {"Speeding", "ROAD_SAFETY"},
            new String[] {"Nuisance off-road motorbikes", "ROAD_SAFETY"},
            new String[] {"Street fights after closing time", "VIOLENCE"},
            new String[] {"Knife carrying", "VIOLENCE"},
            new String[] {"County lines exploitation of children", "EXPLOITATION"});

    static final List<String> PLACES = List.of("the canal towpath", "the station car park", "the underpass",
            "the shopping parade", "the park play area", "the tower block stairwells", "the allotments",
            "the retail park", "the library", "the bus station", "the school gates", "the high street",
            "the recreation ground", "the community centre", "the multi-storey car park", "the back alleys");

    static final List<String> TACTICS = List.of(
            "Better lighting and CCTV at the spot (environmental design)",
            "Community protection notices for the persistent few (civil intervention)",
            "Youth outreach and diversion activities with the youth service (diversion and support)",
            "Alley gates, secure cycle stands and property marking (target hardening)",
            "Targeted patrols, stop and search and arrests (enforcement)",
            "Letters, posters and social media nudges to residents (education and nudge)",
            "Council cleansing, housing visits and treatment referrals (partner services)");

    static final List<String> LESSONS = List.of(
            "Lighting and design changes lasted longer than patrols.",
            "Working with the housing provider was the key to a lasting fix.",
            "Early engagement with residents gave better information than incident data alone.",
            "Enforcement alone moved the problem on; diversion ended it.",
            "Checking nearby streets and times showed no displacement.",
            "Small target-hardening measures cut repeat victimisation sharply.",
            "A named contact at the council kept actions moving.",
            "Shop staff reporting through one radio scheme gave us the offenders' pattern.",
            "Measuring the same months before and after avoided a seasonal illusion.",
            "Publicising the results brought more residents to the PACT meeting.");

    private LibraryWords() {
    }

    /** A lateral subquery giving title, problem_type, statement, lessons and library_text for clone number {@code n} in a ward. */
    static String sql(String n, String ward) {
        return """
                select p1 || ' at ' || pl as title, p2 as problem_type,
                  p1 || ' at ' || pl || ' in ' || %2$s || ', most evenings; residents and staff report it week after week.' as statement,
                  le as lessons,
                  p1 || ' at ' || pl || E'\\n' || p1 || ' at ' || pl || ' in ' || %2$s || E'\\n' || lower(replace(p2, '_', ' '))
                    || E'\\n' || t1 || '. ' || t2 || E'\\nmet\\nreduced\\n' || le as library_text
                from (select (%3$s)[1 + (%1$s %% %4$d)][1] as p1, (%3$s)[1 + (%1$s %% %4$d)][2] as p2,
                  (%5$s)[1 + ((%1$s / %4$d) %% %6$d)] as pl,
                  (%7$s)[1 + ((%1$s / 3) %% %8$d)] as t1, (%7$s)[1 + ((%1$s / 5 + 3) %% %8$d)] as t2,
                  (%9$s)[1 + ((%1$s * 7) %% %10$d)] as le) x""".formatted(n, InstanceCloner.literal(ward),
                array2(PROBLEMS), PROBLEMS.size(), array(PLACES), PLACES.size(), array(TACTICS), TACTICS.size(),
                array(LESSONS), LESSONS.size());
    }

    private static String array(List<String> values) {
        return "array[" + values.stream().map(InstanceCloner::literal).collect(Collectors.joining(", ")) + "]";
    }

    private static String array2(List<String[]> values) {
        return "array[" + values.stream().map(v -> "[" + InstanceCloner.literal(v[0]) + ", " + InstanceCloner.literal(v[1]) + "]")
                .collect(Collectors.joining(", ")) + "]";
    }
}

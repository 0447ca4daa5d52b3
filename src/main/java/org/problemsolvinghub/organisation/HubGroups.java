package org.problemsolvinghub.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The Camunda group ids of the force. Role groups carry permissions (who may open Tasklist, start a
 * plan, use Cockpit); area, agency and team groups carry routing (whose Tasklist a task lands in).
 * A Coventry supervisor is in {@code supervisors} and {@code supervisors-coventry}.
 */
public final class HubGroups {

    public static final String OFFICERS = "officers";
    public static final String SUPERVISORS = "supervisors";
    public static final String ANALYSTS = "analysts";
    public static final String PARTNERS = "partners";
    public static final String PS_ADVISORS = "ps-advisors";
    public static final String RESPONSE_SUPERVISORS = "response-supervisors";
    public static final String PUBLIC_CONTACT_MANAGERS = "public-contact-managers";
    public static final String CALL_HANDLING_TRAINERS = "call-handling-trainers";
    public static final String ADMIN = "camunda-admin";

    /** Every role group but the administrators', which Camunda's admin-user set-up grants everything. */
    public static final List<String> ROLES = List.of(OFFICERS, SUPERVISORS, ANALYSTS, PARTNERS, PS_ADVISORS,
            RESPONSE_SUPERVISORS, PUBLIC_CONTACT_MANAGERS, CALL_HANDLING_TRAINERS);

    /** Police staff: every plan is readable force-wide by them (the force's FOI answer). */
    public static final Set<String> POLICE = Set.of(OFFICERS, SUPERVISORS, ANALYSTS, PS_ADVISORS,
            RESPONSE_SUPERVISORS, PUBLIC_CONTACT_MANAGERS, CALL_HANDLING_TRAINERS, ADMIN);

    static final String PARTNER_PREFIX = "partner-";

    private HubGroups() {
    }

    public static String officersOf(String areaCode) {
        return OFFICERS + "-" + areaCode;
    }

    public static String supervisorsOf(String areaCode) {
        return SUPERVISORS + "-" + areaCode;
    }

    public static String partner(String agencyCode) {
        return PARTNER_PREFIX + agencyCode;
    }

    public static String responseSupervisorsOf(String teamCode) {
        return RESPONSE_SUPERVISORS + "-" + teamCode;
    }

    public static boolean isPolice(Collection<String> groupIds) {
        return groupIds.stream().anyMatch(POLICE::contains);
    }

    /** The agencies a user acts for, read off their {@code partner-<agency>} groups. */
    public static List<String> partnerAgencies(Collection<String> groupIds) {
        return groupIds.stream()
                .filter(g -> g.startsWith(PARTNER_PREFIX))
                .map(g -> g.substring(PARTNER_PREFIX.length()))
                .toList();
    }
}

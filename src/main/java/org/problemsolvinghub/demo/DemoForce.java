package org.problemsolvinghub.demo;

import static org.problemsolvinghub.organisation.HubGroups.ANALYSTS;
import static org.problemsolvinghub.organisation.HubGroups.CALL_HANDLING_TRAINERS;
import static org.problemsolvinghub.organisation.HubGroups.OFFICERS;
import static org.problemsolvinghub.organisation.HubGroups.PARTNERS;
import static org.problemsolvinghub.organisation.HubGroups.PS_ADVISORS;
import static org.problemsolvinghub.organisation.HubGroups.PUBLIC_CONTACT_MANAGERS;
import static org.problemsolvinghub.organisation.HubGroups.RESPONSE_SUPERVISORS;
import static org.problemsolvinghub.organisation.HubGroups.SUPERVISORS;
import static org.problemsolvinghub.organisation.HubGroups.officersOf;
import static org.problemsolvinghub.organisation.HubGroups.partner;
import static org.problemsolvinghub.organisation.HubGroups.responseSupervisorsOf;
import static org.problemsolvinghub.organisation.HubGroups.supervisorsOf;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo force's people: at least one of every role, in Coventry and in Birmingham. */
@Component
class DemoForce {

    static final String PASSWORD = "demo";

    static final List<DemoUser> USERS = List.of(
            new DemoUser("kpatel", "Kiran", "Patel", "PC, neighbourhood officer, Coventry",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("ljones", "Laura", "Jones", "Sergeant, neighbourhood supervisor, Coventry",
                    List.of(SUPERVISORS, supervisorsOf("coventry"))),
            new DemoUser("mkhan", "Mohammed", "Khan", "PC, neighbourhood officer, Birmingham",
                    List.of(OFFICERS, officersOf("birmingham"))),
            new DemoUser("sbrown", "Sarah", "Brown", "Inspector, neighbourhood supervisor, Birmingham",
                    List.of(SUPERVISORS, supervisorsOf("birmingham"))),
            new DemoUser("awright", "Alex", "Wright", "Analyst", List.of(ANALYSTS)),
            new DemoUser("hmorris", "Helen", "Morris", "Partner: Coventry City Council ASB team",
                    List.of(PARTNERS, partner("coventry-council-asb"))),
            new DemoUser("tokafor", "Tunde", "Okafor", "Partner: Birmingham City Council ASB team",
                    List.of(PARTNERS, partner("birmingham-council-asb"))),
            new DemoUser("rgreen", "Rachel", "Green", "Problem-solving advisor", List.of(PS_ADVISORS)),
            new DemoUser("pcollins", "Peter", "Collins", "PC, response officer, Coventry Response Team A",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("dwhite", "Daniel", "White", "Sergeant, response supervisor, Coventry Response Team A",
                    List.of(RESPONSE_SUPERVISORS, responseSupervisorsOf("coventry-response-a"))),
            new DemoUser("nhughes", "Nicola", "Hughes", "Public contact manager", List.of(PUBLIC_CONTACT_MANAGERS)),
            new DemoUser("ebaker", "Emma", "Baker", "Call-handling trainer", List.of(CALL_HANDLING_TRAINERS)),
            // Learning: the rest of Coventry North's neighbourhood team, and two of Birmingham North's.
            new DemoUser("jwalsh", "Jamie", "Walsh", "PC, neighbourhood officer, Coventry North",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("aosei", "Ama", "Osei", "PCSO, Coventry North", List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("tgrant", "Tom", "Grant", "PC, neighbourhood officer, Coventry North",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("rkaur", "Ravinder", "Kaur", "PCSO, Coventry North", List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("bcole", "Ben", "Cole", "PC, neighbourhood officer, Birmingham North",
                    List.of(OFFICERS, officersOf("birmingham"))),
            new DemoUser("nadeyemi", "Nia", "Adeyemi", "PCSO, Birmingham North",
                    List.of(OFFICERS, officersOf("birmingham"))),
            // Rotation: response officers at every step of the scheme, and a second team's supervisor.
            new DemoUser("aevans", "Amy", "Evans", "PC, response officer, Coventry Response Team A; on rotation",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("tharris", "Tom", "Harris", "PC, response officer, Coventry Response Team A; placed, in training",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("bscott", "Ben", "Scott", "PC, response officer, Coventry Response Team A; applied",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("lwood", "Lucy", "Wood", "PC, response officer, Coventry Response Team B; rotated, in the bank",
                    List.of(OFFICERS, officersOf("coventry"))),
            new DemoUser("sali", "Sana", "Ali", "PC, response officer, Birmingham Response Team A; waiting",
                    List.of(OFFICERS, officersOf("birmingham"))),
            new DemoUser("jroberts", "James", "Roberts", "PC, response officer, Birmingham Response Team A; waiting",
                    List.of(OFFICERS, officersOf("birmingham"))),
            new DemoUser("gthomas", "Gareth", "Thomas", "PC, response officer, Birmingham Response Team B; overtime training",
                    List.of(OFFICERS, officersOf("birmingham"))),
            new DemoUser("mclarke", "Michael", "Clarke", "Sergeant, response supervisor, Birmingham Response Team A",
                    List.of(RESPONSE_SUPERVISORS, responseSupervisorsOf("birmingham-response-a"))));

    private final IdentityService identityService;

    DemoForce(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Adds the users and memberships that are missing; a restart of the demo leaves them as they are. */
    @Transactional
    void createMissingUsers() {
        for (DemoUser person : USERS) {
            if (identityService.createUserQuery().userId(person.id()).count() == 0) {
                User user = identityService.newUser(person.id());
                user.setFirstName(person.firstName());
                user.setLastName(person.lastName());
                user.setEmail(person.email());
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
                person.groups().forEach(group -> identityService.createMembership(person.id(), group));
            }
        }
    }

    static List<String> groupsOf(String userId) {
        return USERS.stream().filter(u -> u.id().equals(userId)).findFirst().orElseThrow().groups();
    }
}

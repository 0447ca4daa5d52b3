package org.problemsolvinghub.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may use which endpoint: the expected answer of every endpoint to one demo user of each role and
 * to an anonymous caller. Reads ask for real demo records, writes for unknown ones with a body that is
 * not JSON (see {@link AccessMatrixTest}), so a write's 400 or 404 means "let through the door", 403
 * "stopped at it". "-" is not asked (the reason is beside the row). "in" is let through where the answer
 * depends on what other tests left behind: a filter's single result is 204 for no task, 200 for one,
 * 400 for several.
 */
final class AccessMatrixPolicy {

    static final String ANONYMOUS = "anon";

    static final List<String> COLUMNS = List.of("demo", "kpatel", "mkhan", "ljones", "sbrown", "awright", "hmorris",
            "tokafor", "rgreen", "dwhite", "nhughes", "ebaker", "aevans", ANONYMOUS);

    static final List<String> ROLES = List.of("demo: administrator", "kpatel: officer, Coventry, learning super user",
            "mkhan: officer, Birmingham", "ljones: supervisor, Coventry", "sbrown: supervisor, Birmingham",
            "awright: analyst", "hmorris: partner, Coventry council ASB team", "tokafor: partner, Birmingham council ASB team",
            "rgreen: problem-solving advisor", "dwhite: response supervisor", "nhughes: public contact manager",
            "ebaker: call-handling trainer", "aevans: officer on rotation", "anon: no credentials");

    private static final String TABLE = """
            # The hub's API. Partners: 404 for a plan, rotation or session not theirs; 403 for learning and the scheme.
            #                                                                                                    demo kpat mkha ljon sbro awri hmor toka rgre dwhi nhug ebak aeva anon
            GET     /api/areas                                                                                    200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /api/learning/challenges                                                                      200  200  200  200  200  200  403  403  200  200  200  200  200  401
            POST    /api/learning/challenges                                                                      400  403  403  400  400  403  403  403  400  403  403  403  403  401
            GET     /api/learning/challenges/{reference}                                                          200  200  200  200  200  200  403  403  200  200  200  200  200  401
            POST    /api/learning/challenges/{reference}/days/{day}                                               400  400  400  400  400  400  403  403  400  400  400  400  400  401
            GET     /api/learning/challenges/{reference}/days/{day}/reflections                                   200  200  404  200  200  404  403  403  200  404  404  404  404  401
            GET     /api/learning/challenges/{reference}/leaderboard                                              200  200  200  200  200  200  403  403  200  200  200  200  200  401
            GET     /api/learning/challenges/{reference}/me                                                       404  200  404  200  404  404  403  403  404  404  404  404  404  401
            POST    /api/learning/challenges/{reference}/participants                                             400  400  400  400  400  400  403  403  400  400  400  400  400  401
            GET     /api/learning/journeys                                                                        200  200  200  200  200  200  403  403  200  200  200  200  200  401
            POST    /api/learning/journeys                                                                        400  403  403  403  403  403  403  403  400  403  403  403  403  401
            GET     /api/learning/journeys/enrolments/{reference}                                                 200  200  404  200  404  404  403  403  200  404  404  404  404  401
            GET     /api/learning/journeys/{code}                                                                 200  200  200  200  200  200  403  403  200  200  200  200  200  401
            POST    /api/learning/journeys/{code}/enrolments                                                      400  403  403  400  400  403  403  403  400  403  403  403  403  401
            POST    /api/learning/journeys/{code}/lessons/{position}/completion                                   404  404  404  404  404  404  403  403  404  404  404  404  404  401
            GET     /api/learning/journeys/{code}/progress                                                        200  200  200  200  200  200  403  403  200  200  200  200  200  401
            GET     /api/learning/journeys/{code}/progress/me                                                     404  200  404  404  404  404  403  403  404  404  404  404  404  401
            GET     /api/learning/journeys/{code}/progress/teams/{team}                                           200  200  404  200  404  404  403  403  200  404  404  404  404  401
            GET     /api/learning/recordings                                                                      200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /api/learning/teams                                                                           200  200  200  200  200  200  403  403  200  200  200  200  200  401
            GET     /api/learning/teams/{code}                                                                    200  200  200  200  200  200  403  403  200  200  200  200  200  401
            DELETE  /api/learning/teams/{code}/members/{userId}                                                   404  404  404  404  404  404  403  403  404  404  404  404  404  401
            PUT     /api/learning/teams/{code}/members/{userId}                                                   400  400  400  400  400  400  403  403  400  400  400  400  400  401
            GET     /api/learning/webinars/figures                                                                200  200  200  200  200  200  403  403  200  200  200  200  200  401
            GET     /api/learning/webinars/series                                                                 200  200  200  200  200  200  403  403  200  200  200  200  200  401
            POST    /api/learning/webinars/series                                                                 400  403  403  403  403  403  403  403  400  403  403  403  403  401
            GET     /api/learning/webinars/series/{reference}                                                     200  200  200  200  200  200  403  403  200  200  200  200  200  401
            POST    /api/learning/webinars/series/{reference}/end                                                 404  403  403  403  403  403  403  403  404  403  403  403  403  401
            POST    /api/learning/webinars/series/{reference}/past-sessions                                       400  403  403  403  403  403  403  403  400  403  403  403  403  401
            GET     /api/learning/webinars/sessions                                                               200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /api/learning/webinars/sessions/{reference}                                                   200  200  200  200  200  200  404  404  200  200  200  200  200  401
            POST    /api/learning/webinars/sessions/{reference}/cancel                                            400  403  403  403  403  403  403  403  400  403  403  403  403  401
            POST    /api/learning/webinars/sessions/{reference}/feedback                                          400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /api/learning/webinars/sessions/{reference}/registrations                                     404  404  404  404  404  404  404  404  404  404  404  404  404  401
            DELETE  /api/learning/webinars/sessions/{reference}/registrations/me                                  404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /api/learning/webinars/theme-suggestions                                                      200  200  200  200  200  200  403  403  200  200  200  200  200  401
            GET     /api/library                                                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /api/pmps                                                                                     200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /api/pmps                                                                                     400  400  400  400  400  403  403  403  400  403  403  403  400  401
            GET     /api/pmps/{reference}                                                                         200  200  200  200  200  200  200  404  200  200  200  200  200  401
            POST    /api/pmps/{reference}/actions                                                                 400  400  400  400  400  400  400  400  400  400  400  400  400  401
            PUT     /api/pmps/{reference}/analysis                                                                400  400  400  400  400  400  400  400  400  400  400  400  400  401
            PUT     /api/pmps/{reference}/area                                                                    400  400  400  400  400  400  400  400  400  400  400  400  400  401
            PUT     /api/pmps/{reference}/assessment                                                              400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /api/pmps/{reference}/audit                                                                   200  200  200  200  200  200  200  404  200  200  200  200  200  401
            PUT     /api/pmps/{reference}/objectives                                                              400  400  400  400  400  400  400  400  400  400  400  400  400  401
            PUT     /api/pmps/{reference}/owner                                                                   400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /api/pmps/{reference}/practice-bank                                                           409  409  409  409  409  409  409  404  409  409  409  409  409  401   # 409: the plan is not closed yet
            GET     /api/pmps/{reference}/quality                                                                 200  200  200  200  200  200  200  404  200  200  200  200  200  401
            GET     /api/rotations                                                                                200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /api/rotations                                                                                403  400  400  403  403  403  403  403  403  403  403  403  400  401
            GET     /api/rotations/bank                                                                           200  403  403  403  403  403  403  403  403  403  200  200  403  401
            GET     /api/rotations/intakes                                                                        200  200  200  200  200  200  403  403  200  200  200  200  200  401
            POST    /api/rotations/intakes                                                                        400  403  403  403  403  403  403  403  403  403  400  403  403  401
            POST    /api/rotations/nominations                                                                    403  403  403  403  403  403  403  403  403  400  400  403  403  401
            POST    /api/rotations/overtime-training                                                              403  400  400  403  403  403  403  403  403  403  403  403  400  401
            GET     /api/rotations/scheme                                                                         200  403  403  403  403  403  403  403  403  200  200  200  403  401
            GET     /api/rotations/testimonies                                                                    200  200  200  200  200  200  403  403  200  200  200  200  200  401
            GET     /api/rotations/{reference}                                                                    200  404  404  404  404  404  404  404  404  200  200  200  200  401
            POST    /api/rotations/{reference}/early-end                                                          400  403  403  403  403  403  403  403  403  403  400  403  403  401
            POST    /api/rotations/{reference}/extension                                                          400  403  403  403  403  403  403  403  403  403  400  403  403  401
            PUT     /api/rotations/{reference}/waiting-position                                                   400  403  403  403  403  403  403  403  403  403  400  403  403  401
            POST    /api/rotations/{reference}/withdrawal                                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401

            # The engine's REST API: Camunda's authorizations decide (AccessPolicy, PmpAccess, RotationAccess, LearningAccess). Police staff with Cockpit (ljones, sbrown, rgreen, nhughes) read process instances force-wide; a partner reaches only their agency's task (A01).
            #                                                                                                    demo kpat mkha ljon sbro awri hmor toka rgre dwhi nhug ebak aeva anon
            GET     /engine-rest/authorization                                                                    200  200  200  200  200  200  200  200  200  200  200  200  200  401
            OPTIONS /engine-rest/authorization                                                                    200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/authorization/check                                                              400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/authorization/count                                                              200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/authorization/create                                                             400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/authorization/{id}                                                               404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/authorization/{id}                                                               200  404  404  404  404  404  404  404  404  404  404  404  404  401
            OPTIONS /engine-rest/authorization/{id}                                                               200  200  200  200  200  200  200  200  200  200  200  200  200  401
            PUT     /engine-rest/authorization/{id}                                                               400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/deployment                                                                       200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/deployment/count                                                                 200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/deployment/create                                                                415  415  415  415  415  415  415  415  415  415  415  415  415  401
            GET     /engine-rest/deployment/registered                                                            200  403  403  403  403  403  403  403  403  403  403  403  403  401
            DELETE  /engine-rest/deployment/{id}                                                                  404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/deployment/{id}                                                                  200  404  404  200  200  404  404  404  200  404  200  404  404  401
            POST    /engine-rest/deployment/{id}/redeploy                                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/deployment/{id}/resources                                                        200  403  403  200  200  403  403  403  200  403  200  403  403  401
            GET     /engine-rest/deployment/{id}/resources/{resourceId}                                           200  403  403  200  200  403  403  403  200  403  200  403  403  401
            GET     /engine-rest/deployment/{id}/resources/{resourceId}/data                                      200  403  403  200  200  403  403  403  200  403  200  403  403  401
            GET     /engine-rest/execution                                                                        200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/execution                                                                        400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/execution/count                                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/execution/count                                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/execution/{id}                                                                   200  404  404  200  200  404  404  404  200  404  200  404  404  401
            POST    /engine-rest/execution/{id}/create-incident                                                   400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/execution/{id}/localVariables                                                    200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /engine-rest/execution/{id}/localVariables                                                    400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/execution/{id}/localVariables/{varId}                                            500  500  500  500  500  500  500  500  500  500  500  500  500  401   # Camunda: 500 for an unknown execution
            GET     /engine-rest/execution/{id}/localVariables/{varId}                                            200  403  403  200  200  403  403  403  200  403  200  403  403  401
            PUT     /engine-rest/execution/{id}/localVariables/{varId}                                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/execution/{id}/localVariables/{varId}/data                                       400  403  403  400  400  403  403  403  400  403  400  403  403  401
            POST    /engine-rest/execution/{id}/localVariables/{varId}/data                                       415  415  415  415  415  415  415  415  415  415  415  415  415  401
            GET     /engine-rest/execution/{id}/messageSubscriptions/{messageName}                                404  404  404  404  404  404  404  404  404  404  404  404  404  401
            POST    /engine-rest/execution/{id}/messageSubscriptions/{messageName}/trigger                        400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/execution/{id}/signal                                                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/filter                                                                           200  200  200  200  200  200  200  200  200  200  200  200  200  401
            OPTIONS /engine-rest/filter                                                                           200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/filter/count                                                                     200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/filter/create                                                                    400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/filter/{id}                                                                      404  403  403  403  403  403  403  403  403  403  403  403  403  401
            GET     /engine-rest/filter/{id}                                                                      200  200  200  200  200  200  200  200  200  200  200  200  200  401
            OPTIONS /engine-rest/filter/{id}                                                                      200  200  200  200  200  200  200  200  200  200  200  200  200  401
            PUT     /engine-rest/filter/{id}                                                                      400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/filter/{id}/count                                                                200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/filter/{id}/count                                                                404  403  403  403  403  403  403  403  403  403  403  403  403  401
            GET     /engine-rest/filter/{id}/list                                                                 200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/filter/{id}/list                                                                 404  403  403  403  403  403  403  403  403  403  403  403  403  401
            GET     /engine-rest/filter/{id}/singleResult                                                         in   in   in   in   in   in   in   in   in   in   in   in   in  401   # 204, 200 or 400 by how many of the filter's tasks there are
            POST    /engine-rest/filter/{id}/singleResult                                                         404  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/group                                                                            200  200  200  200  200  200  200  200  200  200  200  200  200  401
            OPTIONS /engine-rest/group                                                                            200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/group                                                                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/group/count                                                                      200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/group/count                                                                      400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/group/create                                                                     400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/group/{id}                                                                       204  403  403  403  403  403  403  403  403  403  403  403  403  401
            GET     /engine-rest/group/{id}                                                                       200  200  200  200  200  200  404  404  200  200  200  200  200  401
            OPTIONS /engine-rest/group/{id}                                                                       200  200  200  200  200  200  200  200  200  200  200  200  200  401
            PUT     /engine-rest/group/{id}                                                                       400  400  400  400  400  400  400  400  400  400  400  400  400  401
            OPTIONS /engine-rest/group/{id}/members                                                               200  200  200  200  200  200  200  200  200  200  200  200  200  401
            DELETE  /engine-rest/group/{id}/members/{userId}                                                      204  403  403  403  403  403  403  403  403  403  403  403  403  401
            PUT     /engine-rest/group/{id}/members/{userId}                                                      500  403  403  403  403  403  403  403  403  403  403  403  403  401   # Camunda: 500 for an unknown group or user
            GET     /engine-rest/history/activity-instance                                                        200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/activity-instance                                                        400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/activity-instance/count                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/activity-instance/count                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/activity-instance/{id}                                                   200  404  404  200  200  404  404  404  200  404  200  404  404  401
            GET     /engine-rest/history/batch                                                                    200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/batch/cleanable-batch-report                                             200  403  403  403  403  403  403  403  403  403  403  403  403  401
            GET     /engine-rest/history/batch/cleanable-batch-report/count                                       200  403  403  403  403  403  403  403  403  403  403  403  403  401
            GET     /engine-rest/history/batch/count                                                              200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/batch/set-removal-time                                                   400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/history/batch/{id}                                                               400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/batch/{id}                                                               404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/case-activity-instance                                                   200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/case-activity-instance/count                                             200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/case-activity-instance/{id}                                              404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/case-definition/cleanable-case-instance-report                           200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/case-definition/cleanable-case-instance-report/count                     200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/case-definition/{id}/statistics                                          200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/case-instance                                                            200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/case-instance                                                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/case-instance/count                                                      200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/case-instance/count                                                      400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/case-instance/{id}                                                       404  404  404  404  404  404  404  404  404  404  404  404  404  401
            POST    /engine-rest/history/cleanup                                                                    -  403  403  403  403  403  403  403  403  403  403  403  403  401   # demo: not asked, it would reschedule the clean-up job
            GET     /engine-rest/history/cleanup/configuration                                                    200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/cleanup/job                                                              200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/cleanup/jobs                                                             200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/decision-definition/cleanable-decision-instance-report                   200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/decision-definition/cleanable-decision-instance-report/count             200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/decision-instance                                                        200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/decision-instance/count                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/decision-instance/delete                                                 400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/history/decision-instance/set-removal-time                                       400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/decision-instance/{id}                                                   404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/decision-requirements-definition/{id}/statistics                         500  500  500  500  500  500  500  500  500  500  500  500  500  401   # Camunda: 500 for an unknown definition
            GET     /engine-rest/history/detail                                                                   200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/detail                                                                   400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/detail/count                                                             200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/detail/{id}                                                              200  404  404  200  200  404  404  404  200  404  200  404  404  401
            GET     /engine-rest/history/detail/{id}/data                                                         400  404  404  400  400  404  404  404  400  404  400  404  404  401
            GET     /engine-rest/history/external-task-log                                                        200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/external-task-log                                                        400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/external-task-log/count                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/external-task-log/count                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/external-task-log/{id}                                                   404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/external-task-log/{id}/error-details                                     404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/identity-link-log                                                        200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/identity-link-log/count                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/incident                                                                 200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/incident/count                                                           200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/job-log                                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/job-log                                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/job-log/count                                                            200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/job-log/count                                                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/job-log/{id}                                                             404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/job-log/{id}/stacktrace                                                  404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/process-definition/cleanable-process-instance-report                     200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/process-definition/cleanable-process-instance-report/count               200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/process-definition/{id}/statistics                                       200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/process-instance                                                         200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/process-instance                                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/process-instance/count                                                   200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/process-instance/count                                                   400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/history/process-instance/delete                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/process-instance/report                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/history/process-instance/set-removal-time                                        400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/history/process-instance/{id}                                                    404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/process-instance/{id}                                                    200  404  404  200  200  404  404  404  200  404  200  404  404  401
            DELETE  /engine-rest/history/process-instance/{id}/variable-instances                                 404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/task                                                                     200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/task                                                                     400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/task/count                                                               200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/task/count                                                               400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/task/report                                                              400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/user-operation                                                           200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/history/user-operation/count                                                     200  200  200  200  200  200  200  200  200  200  200  200  200  401
            PUT     /engine-rest/history/user-operation/{operationId}/clear-annotation                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            PUT     /engine-rest/history/user-operation/{operationId}/set-annotation                              400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/variable-instance                                                        200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/variable-instance                                                        400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/history/variable-instance/count                                                  200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/history/variable-instance/count                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/history/variable-instance/{id}                                                   404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/history/variable-instance/{id}                                                   200  404  404  200  200  404  404  404  200  404  200  404  404  401
            GET     /engine-rest/history/variable-instance/{id}/data                                              400  404  404  400  400  404  404  404  400  404  400  404  404  401
            GET     /engine-rest/process-instance                                                                 200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/process-instance                                                                 400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/process-instance/count                                                           200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/process-instance/count                                                           400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/delete                                                          400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/delete-historic-query-based                                     400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/job-retries                                                     400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/job-retries-historic-query-based                                400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/message-async                                                   400  400  400  400  400  400  400  400  400  400  400  400  400  401
            PUT     /engine-rest/process-instance/suspended                                                       400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/suspended-async                                                 400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/variables-async                                                 400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/process-instance/{id}                                                            404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/process-instance/{id}                                                            200  404  404  200  200  404  404  404  200  404  200  404  404  401
            GET     /engine-rest/process-instance/{id}/activity-instances                                         200  403  403  200  200  403  403  403  200  403  200  403  403  401
            DELETE  /engine-rest/process-instance/{id}/comment                                                    404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/process-instance/{id}/comment                                                    200  404  404  200  200  404  404  404  200  404  200  404  404  401
            PUT     /engine-rest/process-instance/{id}/comment                                                    400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/process-instance/{id}/comment/{commentId}                                        404  404  404  404  404  404  404  404  404  404  404  404  404  401
            POST    /engine-rest/process-instance/{id}/modification                                               400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/process-instance/{id}/modification-async                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401
            PUT     /engine-rest/process-instance/{id}/suspended                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/process-instance/{id}/variables                                                  200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /engine-rest/process-instance/{id}/variables                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/process-instance/{id}/variables/{varId}                                          500  500  500  500  500  500  500  500  500  500  500  500  500  401   # Camunda: 500 for an unknown execution
            GET     /engine-rest/process-instance/{id}/variables/{varId}                                          200  403  403  200  200  403  403  403  200  403  200  403  403  401
            PUT     /engine-rest/process-instance/{id}/variables/{varId}                                          400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/process-instance/{id}/variables/{varId}/data                                     400  403  403  400  400  403  403  403  400  403  400  403  403  401
            POST    /engine-rest/process-instance/{id}/variables/{varId}/data                                     415  415  415  415  415  415  415  415  415  415  415  415  415  401
            GET     /engine-rest/task                                                                             200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/task                                                                             400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/count                                                                       200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/task/count                                                                       400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/create                                                                      400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/report/candidate-group-count                                                200  403  403  403  403  403  403  403  403  403  403  403  403  401
            DELETE  /engine-rest/task/{id}                                                                        204  204  204  204  204  204  204  204  204  204  204  204  204  401
            GET     /engine-rest/task/{id}                                                                        200  404  404  404  404  404  200  404  404  404  404  404  404  401
            PUT     /engine-rest/task/{id}                                                                        400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/assignee                                                               400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/{id}/attachment                                                             200  404  404  200  200  404  404  404  200  404  200  404  404  401
            POST    /engine-rest/task/{id}/attachment/create                                                      415  415  415  415  415  415  415  415  415  415  415  415  415  401
            DELETE  /engine-rest/task/{id}/attachment/{attachmentId}                                              404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/task/{id}/attachment/{attachmentId}                                              404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/task/{id}/attachment/{attachmentId}/data                                         404  404  404  404  404  404  404  404  404  404  404  404  404  401
            POST    /engine-rest/task/{id}/bpmnError                                                              400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/bpmnEscalation                                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/claim                                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/task/{id}/comment                                                                404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/task/{id}/comment                                                                200  404  404  200  200  404  404  404  200  404  200  404  404  401
            PUT     /engine-rest/task/{id}/comment                                                                400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/comment/create                                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/task/{id}/comment/{commentId}                                                    404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/task/{id}/comment/{commentId}                                                    404  404  404  404  404  404  404  404  404  404  404  404  404  401
            POST    /engine-rest/task/{id}/complete                                                               400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/delegate                                                               400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/{id}/deployed-form                                                          200  403  403  403  403  403  200  403  403  403  403  403  403  401
            GET     /engine-rest/task/{id}/form                                                                   200  403  403  403  403  403  200  403  403  403  403  403  403  401
            GET     /engine-rest/task/{id}/form-variables                                                         200  403  403  403  403  403  200  403  403  403  403  403  403  401
            GET     /engine-rest/task/{id}/identity-links                                                         200  403  403  403  403  403  200  403  403  403  403  403  403  401
            POST    /engine-rest/task/{id}/identity-links                                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/identity-links/delete                                                  400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/{id}/localVariables                                                         200  403  403  403  403  403  200  403  403  403  403  403  403  401
            POST    /engine-rest/task/{id}/localVariables                                                         400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/task/{id}/localVariables/{varId}                                                 404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/task/{id}/localVariables/{varId}                                                 404  403  403  403  403  403  404  403  403  403  403  403  403  401
            PUT     /engine-rest/task/{id}/localVariables/{varId}                                                 400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/{id}/localVariables/{varId}/data                                            404  403  403  403  403  403  404  403  403  403  403  403  403  401
            POST    /engine-rest/task/{id}/localVariables/{varId}/data                                            415  415  415  415  415  415  415  415  415  415  415  415  415  401
            GET     /engine-rest/task/{id}/rendered-form                                                          404  403  403  403  403  403  404  403  403  403  403  403  403  401
            POST    /engine-rest/task/{id}/resolve                                                                400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/submit-form                                                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/task/{id}/unclaim                                                                400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/{id}/variables                                                              200  403  403  403  403  403  200  403  403  403  403  403  403  401
            POST    /engine-rest/task/{id}/variables                                                              400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/task/{id}/variables/{varId}                                                      404  404  404  404  404  404  404  404  404  404  404  404  404  401
            GET     /engine-rest/task/{id}/variables/{varId}                                                      200  403  403  403  403  403  200  403  403  403  403  403  403  401
            PUT     /engine-rest/task/{id}/variables/{varId}                                                      400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/task/{id}/variables/{varId}/data                                                 400  403  403  403  403  403  400  403  403  403  403  403  403  401
            POST    /engine-rest/task/{id}/variables/{varId}/data                                                 415  415  415  415  415  415  415  415  415  415  415  415  415  401
            GET     /engine-rest/user                                                                             200  200  200  200  200  200  200  200  200  200  200  200  200  401
            OPTIONS /engine-rest/user                                                                             200  200  200  200  200  200  200  200  200  200  200  200  200  401
            GET     /engine-rest/user/count                                                                       200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/user/create                                                                      400  400  400  400  400  400  400  400  400  400  400  400  400  401
            DELETE  /engine-rest/user/{id}                                                                        204  403  403  403  403  403  403  403  403  403  403  403  403  401
            OPTIONS /engine-rest/user/{id}                                                                        200  200  200  200  200  200  200  200  200  200  200  200  200  401
            PUT     /engine-rest/user/{id}/credentials                                                            400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/user/{id}/profile                                                                200  200  200  200  200  200  404  404  200  200  200  200  200  401
            PUT     /engine-rest/user/{id}/profile                                                                400  400  400  400  400  400  400  400  400  400  400  400  400  401
            POST    /engine-rest/user/{id}/unlock                                                                 204  403  403  403  403  403  403  403  403  403  403  403  403  401
            GET     /engine-rest/variable-instance                                                                200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/variable-instance                                                                400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/variable-instance/count                                                          200  200  200  200  200  200  200  200  200  200  200  200  200  401
            POST    /engine-rest/variable-instance/count                                                          400  400  400  400  400  400  400  400  400  400  400  400  400  401
            GET     /engine-rest/variable-instance/{id}                                                           200  404  404  200  200  404  404  404  200  404  200  404  404  401
            GET     /engine-rest/variable-instance/{id}/data                                                      400  404  404  400  400  404  404  404  400  404  400  404  404  401

            # The webapps' own APIs, in a logged-in Tasklist session with its XSRF token: Cockpit's for Cockpit users only (WebappApplicationGuard); the plugins' scripts are public.
            #                                                                                                    demo kpat mkha ljon sbro awri hmor toka rgre dwhi nhug ebak aeva anon
            GET     /camunda/api/admin/auth/user/{processEngineName}                                              200  200  200  200  200  200  200  200  200  200  200  200  200  404
            POST    /camunda/api/admin/auth/user/{processEngineName}/login/{appName}                              500  500  500  500  500  500  500  500  500  500  500  500  500  500   # Camunda: 500 for a login that is not a form
            POST    /camunda/api/admin/auth/user/{processEngineName}/logout                                       200  200  200  200  200  200  200  200  200  200  200  200  200  200
            GET     /camunda/api/admin/plugin/adminPlugins/static/{file:.*}                                       200  200  200  200  200  200  200  200  200  200  200  200  200  200
            GET     /camunda/api/admin/plugin/adminPlugins/{engine}/metrics/aggregated                            400  403  403  403  403  403  403  403  403  403  403  403  403  401
            POST    /camunda/api/admin/setup/{engine}/user/create                                                 403  403  403  403  403  403  403  403  403  403  403  403  403  403
            GET     /camunda/api/cockpit/plugin/base/static/{file:.*}                                             404  404  404  404  404  404  404  404  404  404  404  404  404  404
            GET     /camunda/api/cockpit/plugin/base/{engine}/incident                                            200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /camunda/api/cockpit/plugin/base/{engine}/incident                                            400  403  403  400  400  403  403  403  400  403  400  403  403  401
            GET     /camunda/api/cockpit/plugin/base/{engine}/incident/count                                      200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /camunda/api/cockpit/plugin/base/{engine}/incident/count                                      400  403  403  400  400  403  403  403  400  403  400  403  403  401
            GET     /camunda/api/cockpit/plugin/base/{engine}/process-definition/statistics                       200  403  403  200  200  403  403  403  200  403  200  403  403  401
            GET     /camunda/api/cockpit/plugin/base/{engine}/process-definition/statistics-count                 200  403  403  200  200  403  403  403  200  403  200  403  403  401
            GET     /camunda/api/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions  200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /camunda/api/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions  400  403  403  400  400  403  403  403  400  403  400  403  403  401
            GET     /camunda/api/cockpit/plugin/base/{engine}/process-instance                                    200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /camunda/api/cockpit/plugin/base/{engine}/process-instance                                    400  403  403  400  400  403  403  403  400  403  400  403  403  401
            GET     /camunda/api/cockpit/plugin/base/{engine}/process-instance/count                              200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /camunda/api/cockpit/plugin/base/{engine}/process-instance/count                              400  403  403  400  400  403  403  403  400  403  400  403  403  401
            GET     /camunda/api/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances      200  403  403  200  200  403  403  403  200  403  200  403  403  401
            POST    /camunda/api/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances      400  403  403  400  400  403  403  403  400  403  400  403  403  401
            GET     /camunda/api/cockpit/plugin/cockpitPlugins/static/{file:.*}                                   200  200  200  200  200  200  200  200  200  200  200  200  200  200
            GET     /camunda/api/tasklist/plugin/tasklistPlugins/static/{file:.*}                                 200  200  200  200  200  200  200  200  200  200  200  200  200  200
            """;

    private AccessMatrixPolicy() {
    }

    static Map<String, List<String>> rules() {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (String line : TABLE.split("\n")) {
            String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (text.isBlank()) {
                continue;
            }
            String[] parts = text.trim().split("\\s+");
            List<String> cells = List.of(parts).subList(2, parts.length);
            if (cells.size() != COLUMNS.size()) {
                throw new IllegalStateException("policy row has " + cells.size() + " answers, not " + COLUMNS.size() + ": " + line);
            }
            if (rules.put(parts[0] + " " + parts[1], cells) != null) {
                throw new IllegalStateException("two policy rows for " + parts[0] + " " + parts[1]);
            }
        }
        return rules;
    }

    static boolean matches(String expected, String actual) {
        return expected.equals(actual) || (expected.equals("in") && List.of("200", "204", "400").contains(actual));
    }

    /** One row as the table holds it. */
    static String row(String method, String template, List<String> answers) {
        StringBuilder row = new StringBuilder(String.format("%-7s %-92s", method, template));
        answers.forEach(a -> row.append(String.format(" %4s", a)));
        return row.toString().stripTrailing();
    }
}

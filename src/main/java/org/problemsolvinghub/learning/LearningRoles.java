package org.problemsolvinghub.learning;

/** Who may call learning's API, as Spring Security expressions over the user's Camunda groups. */
public final class LearningRoles {

    /** Police staff. Partners reach only the webinar sessions (and recordings) their agency was invited to. */
    public static final String POLICE = "hasAnyAuthority('officers', 'supervisors', 'analysts', 'ps-advisors', "
            + "'response-supervisors', 'public-contact-managers', 'call-handling-trainers', 'camunda-admin')";

    /** Problem-solving advisors run the webinar series and learning force-wide. */
    public static final String ADVISORS = "hasAnyAuthority('ps-advisors', 'camunda-admin')";

    /** Those who enrol teams and set challenges; the service checks the area for supervisors. */
    public static final String SUPERVISORS_OR_ADVISORS = "hasAnyAuthority('supervisors', 'ps-advisors', 'camunda-admin')";

    private LearningRoles() {
    }
}

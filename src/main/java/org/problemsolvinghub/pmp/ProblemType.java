package org.problemsolvinghub.pmp;

/** What kind of problem a plan tackles: used to find duplicates and to search the library. */
public enum ProblemType {
    ANTISOCIAL_BEHAVIOUR, DRUGS, BURGLARY, VEHICLE_CRIME, VIOLENCE, ROAD_SAFETY, ENVIRONMENTAL, EXPLOITATION,
    RETAIL_CRIME, OTHER
}

package se.samverkan.indicator;

/** Which way an indicator should move: fewer crimes (lower) or more people who feel safe (higher). */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER
}

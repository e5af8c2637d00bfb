package se.samverkan.agreement;

/** The catalogue of measure types the parties choose from. */
public enum MeasureType {
    SAFETY_WALK,
    NEIGHBOURHOOD_WATCH,
    SAFETY_SURVEY,
    DRUG_DOG_SEARCH,
    SCHOOL_VALUES_WORK,
    SAFETY_HOSTS,
    HOTSPOT_PRESENCE,
    CITIZEN_DIALOGUE,
    OTHER
}

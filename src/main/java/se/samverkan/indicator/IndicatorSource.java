package se.samverkan.indicator;

/** Where an indicator's figures come from. */
public enum IndicatorSource {
    /** Nationella trygghetsundersökningen (Brå). */
    NTU,
    /** The police's own safety survey (trygghetsmätning). */
    POLICE_SURVEY,
    REPORTED_CRIMES,
    /** The municipality's own survey. */
    OWN_SURVEY,
    /** Incident counts from the EST situational picture. */
    EST_INCIDENTS,
    OTHER
}

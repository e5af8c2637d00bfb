package se.samverkan.agreement;

/** The parts of an agreement that the history tells apart. */
public enum AgreementPart {
    AGREEMENT,
    FOCUS_AREA,
    GOAL,
    MEASURE,
    MEASURE_UPDATE,
    SIGNATORY,
    STEERING_GROUP,
    ATTACHMENT
}

package se.samverkan.report;

/** Whether an indicator should rise (people who feel safe) or fall (reported crimes) to reach its target. */
public enum IndicatorDirection {
    INCREASE,
    DECREASE
}

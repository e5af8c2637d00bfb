package se.samverkan.report;

/** The texts people write: one summary, and per focus area an analysis and next year's priorities. */
public enum SectionKind {
    SUMMARY,
    ANALYSIS,
    PRIORITIES
}

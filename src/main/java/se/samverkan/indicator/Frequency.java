package se.samverkan.indicator;

/** How often an indicator is measured; it decides how its periods are written ("2025", "2025-K2", "2025-03"). */
public enum Frequency {
    YEAR,
    QUARTER,
    MONTH
}

package se.samverkan.situation;

/** How long a situational picture's period is: EST groups often meet weekly, steering groups monthly. */
public enum PeriodType {
    WEEK, MONTH, QUARTER
}

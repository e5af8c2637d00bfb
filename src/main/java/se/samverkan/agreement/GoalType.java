package se.samverkan.agreement;

/** Impact goal (effektmål): what should change in society. Output goal (produktionsmål): what the parties deliver. */
public enum GoalType {
    IMPACT,
    OUTPUT
}

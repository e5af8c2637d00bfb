package se.samverkan.pledge;

/** How far one commitment of a pledge has come, as the parties report it to residents. */
public enum CommitmentStatus {
    PLANNED,
    ONGOING,
    DONE,
    POSTPONED,
    CANCELLED
}

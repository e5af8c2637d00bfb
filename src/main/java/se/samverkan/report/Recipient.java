package se.samverkan.report;

/** Who an approved report is presented to: the municipal executive board, the police area's chief. */
public enum Recipient {
    MUNICIPAL_BOARD,
    POLICE_CHIEF
}

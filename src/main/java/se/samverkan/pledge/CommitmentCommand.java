package se.samverkan.pledge;

/** One line of "Det här ska vi göra": what is done, by which party, optionally as part of a measure. */
public record CommitmentCommand(String description, long responsibleId, Long measureId, long version) {
}

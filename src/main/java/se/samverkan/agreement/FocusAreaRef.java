package se.samverkan.agreement;

/** A focus area with the agreement it belongs to, for choosing one from another module. */
public record FocusAreaRef(long id, String title, long agreementId, String agreementTitle) {
}

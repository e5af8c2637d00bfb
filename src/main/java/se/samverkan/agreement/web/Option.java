package se.samverkan.agreement.web;

/** One choice in a select or a checkbox group: the value posted and the text shown. */
record Option(long id, String label) {
}

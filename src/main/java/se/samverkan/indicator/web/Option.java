package se.samverkan.indicator.web;

/** One choice in a select or a checkbox group (fragments/forms.html reads id and label). */
public record Option(long id, String label) {
}

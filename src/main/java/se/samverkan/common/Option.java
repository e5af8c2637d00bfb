package se.samverkan.common;

/**
 * One choice of a form's select or checkbox group: the id posted and the text shown (fragments/forms.html reads
 * both).
 */
public record Option(long id, String label) {
}

package se.samverkan.situation;

/** A focus area ({@code focusArea} true) or pledge based on the picture; {@code context} names its agreement. */
public record CitationView(long id, boolean focusArea, String title, String context, String path) {
}

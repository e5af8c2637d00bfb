package se.samverkan.situation;

/** A measure or pledge aimed at a hotspot's place: what it is called and where its page is. */
public record PlaceLink(String title, String path) {
}

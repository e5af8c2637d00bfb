package se.samverkan.situation;

/** A picture as other pages link to it. */
public record PictureLink(long id, Period period, String municipality) {
}

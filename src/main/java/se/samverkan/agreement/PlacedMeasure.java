package se.samverkan.agreement;

/** A measure that names the place it is carried out at, for finding the measures aimed at a place. */
public record PlacedMeasure(long id, long agreementId, String title, String place, MeasureStatus status) {
}

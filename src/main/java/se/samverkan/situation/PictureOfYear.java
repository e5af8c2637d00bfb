package se.samverkan.situation;

/** A situational picture in summary, for an annual report: its period, summary, hotspots and incidents in them. */
public record PictureOfYear(long id, Period period, String summary, int hotspotCount, int incidentCount) {
}

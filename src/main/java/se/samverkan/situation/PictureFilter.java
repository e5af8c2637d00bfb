package se.samverkan.situation;

/** Filters of the list; null means "any". {@code year} is the year the period starts in. */
public record PictureFilter(Long municipalityId, PeriodType periodType, Integer year) {
}

package se.samverkan.indicator;

/** One indicator with its figures, for a list (the agreement page, the annual report). */
public record IndicatorSummary(IndicatorView indicator, IndicatorFigures figures) {
}

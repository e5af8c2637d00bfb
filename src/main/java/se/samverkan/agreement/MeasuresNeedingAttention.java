package se.samverkan.agreement;

import java.util.List;

/**
 * The measures a dashboard lists: those past their end date (the longest overdue first) and those without a recent
 * update (by agreement title).
 */
public record MeasuresNeedingAttention(List<MeasurePastEnd> pastEnd, List<MeasureWithoutUpdate> withoutUpdate) {
}

package se.samverkan.situation;

import java.util.List;

/**
 * One period of a place's or category's history: the incidents counted in it ({@code incidentCount} null when the
 * picture does not mention the place or category), the change since the period before, and the categories (for a
 * place) or places (for a category) the count is made of.
 */
public record TrendRow(long pictureId, Period period, Integer incidentCount, Trend trend, List<String> parts,
                       List<HotspotCategory> categories) {
}

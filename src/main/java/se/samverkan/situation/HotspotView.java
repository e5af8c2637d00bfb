package se.samverkan.situation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A hotspot with its trend against the previous period ({@code previousCount} null when that picture had no hotspot
 * at the same place and category; {@code trend} null when there is no previous picture) and the measures and
 * pledges aimed at its place.
 */
public record HotspotView(long id, String place, BigDecimal latitude, BigDecimal longitude, HotspotCategory category,
                          int incidentCount, Integer previousCount, Trend trend, String actions,
                          List<PlaceLink> measures, List<PlaceLink> pledges) {

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}

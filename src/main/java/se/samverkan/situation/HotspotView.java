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

    /** Decimal degrees as Swedish text writes them ("57,4851"). */
    public String latitudeText() {
        return degrees(latitude);
    }

    public String longitudeText() {
        return degrees(longitude);
    }

    private static String degrees(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}

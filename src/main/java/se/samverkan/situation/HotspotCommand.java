package se.samverkan.situation;

import java.math.BigDecimal;

/** A hotspot as a form gives it; coordinates are null together or given together. */
public record HotspotCommand(String place, BigDecimal latitude, BigDecimal longitude, HotspotCategory category,
                             int incidentCount, String actions, long version) {
}

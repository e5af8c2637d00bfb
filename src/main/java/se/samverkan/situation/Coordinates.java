package se.samverkan.situation;

import java.math.BigDecimal;

/**
 * Where a hotspot may be: WGS 84 latitude and longitude inside the rectangle around Sweden (Smygehuk to Treriksröset,
 * Koster to Haparanda), with five decimals (about a metre). A rectangle lets a point in the sea or in a neighbouring
 * country through, but it catches swapped or mistyped figures, which are the usual mistake.
 */
public final class Coordinates {

    public static final BigDecimal MIN_LATITUDE = new BigDecimal("55.3");
    public static final BigDecimal MAX_LATITUDE = new BigDecimal("69.1");
    public static final BigDecimal MIN_LONGITUDE = new BigDecimal("10.9");
    public static final BigDecimal MAX_LONGITUDE = new BigDecimal("24.2");

    private Coordinates() {
    }

    /** Both absent, or both present and in Sweden. */
    public static boolean valid(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return latitude == null && longitude == null;
        }
        return latitudeInSweden(latitude) && longitudeInSweden(longitude);
    }

    public static boolean latitudeInSweden(BigDecimal latitude) {
        return latitude.compareTo(MIN_LATITUDE) >= 0 && latitude.compareTo(MAX_LATITUDE) <= 0;
    }

    public static boolean longitudeInSweden(BigDecimal longitude) {
        return longitude.compareTo(MIN_LONGITUDE) >= 0 && longitude.compareTo(MAX_LONGITUDE) <= 0;
    }
}

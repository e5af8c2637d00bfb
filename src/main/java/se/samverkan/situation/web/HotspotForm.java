package se.samverkan.situation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.validation.BindingResult;
import se.samverkan.common.NoPersonalIdentityNumber;
import se.samverkan.situation.Coordinates;
import se.samverkan.situation.HotspotCategory;
import se.samverkan.situation.HotspotCommand;

/**
 * A hotspot. Coordinates are typed as decimal degrees with a comma or a point ("57,4851" or "57.4851"), as map
 * services show them; both or neither.
 */
public class HotspotForm {

    /** Decimal degrees; more than five decimals (a metre) are rounded. */
    static final String DEGREES = "^\\s*$|^\\s*[0-9]{1,2}([.,][0-9]{1,8})?\\s*$";

    @NotBlank
    @Size(max = 200)
    @NoPersonalIdentityNumber
    private String hotspotPlace;

    @NotNull
    private HotspotCategory hotspotCategory;

    @NotNull
    @Min(0)
    @Max(100000)
    private Integer incidentCount;

    @Pattern(regexp = DEGREES)
    private String latitude;

    @Pattern(regexp = DEGREES)
    private String longitude;

    @Size(max = 4000)
    @NoPersonalIdentityNumber
    private String hotspotActions;

    private long version;

    static HotspotForm of(HotspotCommand command) {
        HotspotForm form = new HotspotForm();
        form.hotspotPlace = command.place();
        form.hotspotCategory = command.category();
        form.incidentCount = command.incidentCount();
        form.latitude = format(command.latitude());
        form.longitude = format(command.longitude());
        form.hotspotActions = command.actions();
        form.version = command.version();
        return form;
    }

    /** Both coordinates or neither, inside Sweden; only once each has the right form. */
    void checkCoordinates(BindingResult result) {
        if (result.hasFieldErrors("latitude") || result.hasFieldErrors("longitude")) {
            return;
        }
        BigDecimal lat = parse(latitude);
        BigDecimal lon = parse(longitude);
        if (lat == null && lon != null) {
            result.rejectValue("latitude", "hotspot.latitude.missing");
        } else if (lat != null && lon == null) {
            result.rejectValue("longitude", "hotspot.longitude.missing");
        } else if (lat != null) {
            if (!Coordinates.latitudeInSweden(lat)) {
                result.rejectValue("latitude", "hotspot.latitude.outsideSweden");
            }
            if (!Coordinates.longitudeInSweden(lon)) {
                result.rejectValue("longitude", "hotspot.longitude.outsideSweden");
            }
        }
    }

    HotspotCommand toCommand() {
        return new HotspotCommand(hotspotPlace, parse(latitude), parse(longitude), hotspotCategory, incidentCount,
                hotspotActions, version);
    }

    static BigDecimal parse(String degrees) {
        if (degrees == null || degrees.isBlank()) {
            return null;
        }
        return new BigDecimal(degrees.strip().replace(',', '.')).setScale(5, RoundingMode.HALF_UP);
    }

    private static String format(BigDecimal degrees) {
        return degrees == null ? null : degrees.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String getHotspotPlace() {
        return hotspotPlace;
    }

    public void setHotspotPlace(String hotspotPlace) {
        this.hotspotPlace = hotspotPlace;
    }

    public HotspotCategory getHotspotCategory() {
        return hotspotCategory;
    }

    public void setHotspotCategory(HotspotCategory hotspotCategory) {
        this.hotspotCategory = hotspotCategory;
    }

    public Integer getIncidentCount() {
        return incidentCount;
    }

    public void setIncidentCount(Integer incidentCount) {
        this.incidentCount = incidentCount;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getHotspotActions() {
        return hotspotActions;
    }

    public void setHotspotActions(String hotspotActions) {
        this.hotspotActions = hotspotActions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

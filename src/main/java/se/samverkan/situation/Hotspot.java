package se.samverkan.situation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import se.samverkan.common.TextInput;

/** A place where incidents concentrate in a picture's period, and what the parties will do there. */
@Entity
@Table(name = "hotspot")
class Hotspot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pictureId;
    private String place;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    private HotspotCategory category;

    private int incidentCount;
    private String actions;

    @Version
    private long version;

    protected Hotspot() {
    }

    Hotspot(long pictureId, HotspotCommand command) {
        this.pictureId = pictureId;
        change(command);
    }

    void change(HotspotCommand command) {
        if (command.incidentCount() < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        if (!Coordinates.valid(command.latitude(), command.longitude())) {
            throw new IllegalArgumentException("Coordinates must both be given and lie in Sweden");
        }
        this.place = command.place().strip();
        this.latitude = command.latitude();
        this.longitude = command.longitude();
        this.category = command.category();
        this.incidentCount = command.incidentCount();
        this.actions = TextInput.strippedOrNull(command.actions());
    }

    HotspotCommand toCommand() {
        return new HotspotCommand(place, latitude, longitude, category, incidentCount, actions, version);
    }

    /** The same place and category in another period. */
    String matchKey() {
        return key(place, category);
    }

    static String key(String place, HotspotCategory category) {
        return Places.key(place) + "|" + category;
    }

    Long getId() {
        return id;
    }

    long getPictureId() {
        return pictureId;
    }

    String getPlace() {
        return place;
    }

    BigDecimal getLatitude() {
        return latitude;
    }

    BigDecimal getLongitude() {
        return longitude;
    }

    HotspotCategory getCategory() {
        return category;
    }

    int getIncidentCount() {
        return incidentCount;
    }

    String getActions() {
        return actions;
    }

    long getVersion() {
        return version;
    }
}

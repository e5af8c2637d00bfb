package se.samverkan.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import se.samverkan.common.TextInput;

/** What an agreement measures, how often, from which source, and where it should end up. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private String name;
    private String unit;

    @Enumerated(EnumType.STRING)
    private IndicatorSource source;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "geographic_level")
    private GeographicLevel level;

    private String placeName;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private BigDecimal baselineValue;
    private String baselinePeriod;
    private BigDecimal targetValue;
    private String targetPeriod;
    private String description;

    @ElementCollection
    @CollectionTable(name = "indicator_goal", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(long agreementId, IndicatorCommand command) {
        this.agreementId = agreementId;
        change(command);
    }

    void change(IndicatorCommand command) {
        requireFrequency(command.baselinePeriod(), command.frequency());
        requireFrequency(command.targetPeriod(), command.frequency());
        if ((command.baselineValue() == null) != (command.baselinePeriod() == null)) {
            throw new IllegalArgumentException("baseline needs value and period");
        }
        this.name = command.name().strip();
        this.unit = command.unit().strip();
        this.source = command.source();
        this.direction = command.direction();
        this.level = command.level();
        this.placeName = level == GeographicLevel.MUNICIPALITY ? null : command.placeName().strip();
        this.frequency = command.frequency();
        this.baselineValue = command.baselineValue();
        this.baselinePeriod = command.baselinePeriod() == null ? null : command.baselinePeriod().toString();
        this.targetValue = command.targetValue();
        this.targetPeriod = command.targetPeriod().toString();
        this.description = TextInput.strippedOrNull(command.description());
        this.goalIds = new LinkedHashSet<>(command.goalIds());
    }

    private static void requireFrequency(Period period, Frequency frequency) {
        if (period != null && period.frequency() != frequency) {
            throw new IllegalArgumentException("period " + period + " is not of frequency " + frequency);
        }
    }

    Long getId() {
        return id;
    }

    long getAgreementId() {
        return agreementId;
    }

    String getName() {
        return name;
    }

    String getUnit() {
        return unit;
    }

    IndicatorSource getSource() {
        return source;
    }

    Direction getDirection() {
        return direction;
    }

    GeographicLevel getLevel() {
        return level;
    }

    String getPlaceName() {
        return placeName;
    }

    Frequency getFrequency() {
        return frequency;
    }

    BigDecimal getBaselineValue() {
        return baselineValue;
    }

    Period getBaselinePeriod() {
        return baselinePeriod == null ? null : Period.parse(baselinePeriod);
    }

    BigDecimal getTargetValue() {
        return targetValue;
    }

    Period getTargetPeriod() {
        return Period.parse(targetPeriod);
    }

    String getDescription() {
        return description;
    }

    Set<Long> getGoalIds() {
        return Set.copyOf(goalIds);
    }

    long getVersion() {
        return version;
    }
}

package se.samverkan.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.validation.BindingResult;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.GeographicLevel;
import se.samverkan.indicator.IndicatorCommand;
import se.samverkan.indicator.IndicatorSource;
import se.samverkan.indicator.IndicatorView;
import se.samverkan.indicator.Period;

/**
 * An indicator as the form writes it. Numbers and periods are text until {@link #check} has read them, so that
 * "25,5" and "2025-K2" come back exactly as typed when something else is wrong.
 */
public class IndicatorForm {

    @NotBlank
    @Size(max = 200)
    private String indicatorName;

    @NotBlank
    @Size(max = 40)
    private String indicatorUnit;

    @NotNull
    private IndicatorSource indicatorSource;

    @NotNull
    private Direction indicatorDirection;

    @NotNull
    private GeographicLevel geographicLevel;

    @Size(max = 200)
    private String placeName;

    @NotNull
    private Frequency measuringFrequency;

    @Pattern(regexp = SwedishNumbers.PATTERN)
    private String indicatorBaseline;

    private String indicatorBaselinePeriod;

    @NotBlank
    @Pattern(regexp = SwedishNumbers.PATTERN)
    private String indicatorTarget;

    @NotBlank
    private String indicatorTargetPeriod;

    @Size(max = 2000)
    private String indicatorDescription;

    @NotEmpty
    private Set<Long> indicatorGoals = new LinkedHashSet<>();

    private long version;

    static IndicatorForm of(IndicatorView indicator) {
        IndicatorForm form = new IndicatorForm();
        form.indicatorName = indicator.name();
        form.indicatorUnit = indicator.unit();
        form.indicatorSource = indicator.source();
        form.indicatorDirection = indicator.direction();
        form.geographicLevel = indicator.level();
        form.placeName = indicator.placeName();
        form.measuringFrequency = indicator.frequency();
        form.indicatorBaseline = SwedishNumbers.format(indicator.baselineValue());
        form.indicatorBaselinePeriod = indicator.baselinePeriod() == null ? null
                : indicator.baselinePeriod().toString();
        form.indicatorTarget = SwedishNumbers.format(indicator.targetValue());
        form.indicatorTargetPeriod = indicator.targetPeriod().toString();
        form.indicatorDescription = indicator.description();
        form.indicatorGoals = new LinkedHashSet<>(indicator.goalIds());
        form.version = indicator.version();
        return form;
    }

    /** The checks that need more than one field: a place name unless the whole municipality, periods, baseline. */
    void check(BindingResult result) {
        if (geographicLevel != null && geographicLevel != GeographicLevel.MUNICIPALITY
                && (placeName == null || placeName.isBlank()) && !result.hasFieldErrors("placeName")) {
            result.rejectValue("placeName", "indicator.placeName.required");
        }
        if (measuringFrequency == null) {
            return;
        }
        Periods.read(indicatorTargetPeriod, measuringFrequency, "indicatorTargetPeriod", result);
        boolean baselineValue = indicatorBaseline != null && !indicatorBaseline.isBlank();
        boolean baselinePeriod = indicatorBaselinePeriod != null && !indicatorBaselinePeriod.isBlank();
        if (baselinePeriod) {
            Periods.read(indicatorBaselinePeriod, measuringFrequency, "indicatorBaselinePeriod", result);
        }
        if (baselineValue && !baselinePeriod) {
            result.rejectValue("indicatorBaselinePeriod", "indicator.baselinePeriod.required");
        } else if (baselinePeriod && !baselineValue && !result.hasFieldErrors("indicatorBaseline")) {
            result.rejectValue("indicatorBaseline", "indicator.baseline.required");
        }
    }

    /** Only after {@link #check} found no errors. */
    IndicatorCommand toCommand() {
        boolean baseline = indicatorBaselinePeriod != null && !indicatorBaselinePeriod.isBlank();
        return new IndicatorCommand(indicatorName, indicatorUnit, indicatorSource, indicatorDirection,
                geographicLevel, placeName, measuringFrequency, SwedishNumbers.parse(indicatorBaseline),
                baseline ? Period.parse(indicatorBaselinePeriod, measuringFrequency) : null,
                SwedishNumbers.parse(indicatorTarget), Period.parse(indicatorTargetPeriod, measuringFrequency),
                indicatorDescription, indicatorGoals, version);
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public void setIndicatorName(String indicatorName) {
        this.indicatorName = indicatorName;
    }

    public String getIndicatorUnit() {
        return indicatorUnit;
    }

    public void setIndicatorUnit(String indicatorUnit) {
        this.indicatorUnit = indicatorUnit;
    }

    public IndicatorSource getIndicatorSource() {
        return indicatorSource;
    }

    public void setIndicatorSource(IndicatorSource indicatorSource) {
        this.indicatorSource = indicatorSource;
    }

    public Direction getIndicatorDirection() {
        return indicatorDirection;
    }

    public void setIndicatorDirection(Direction indicatorDirection) {
        this.indicatorDirection = indicatorDirection;
    }

    public GeographicLevel getGeographicLevel() {
        return geographicLevel;
    }

    public void setGeographicLevel(GeographicLevel geographicLevel) {
        this.geographicLevel = geographicLevel;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public Frequency getMeasuringFrequency() {
        return measuringFrequency;
    }

    public void setMeasuringFrequency(Frequency measuringFrequency) {
        this.measuringFrequency = measuringFrequency;
    }

    public String getIndicatorBaseline() {
        return indicatorBaseline;
    }

    public void setIndicatorBaseline(String indicatorBaseline) {
        this.indicatorBaseline = indicatorBaseline;
    }

    public String getIndicatorBaselinePeriod() {
        return indicatorBaselinePeriod;
    }

    public void setIndicatorBaselinePeriod(String indicatorBaselinePeriod) {
        this.indicatorBaselinePeriod = indicatorBaselinePeriod;
    }

    public String getIndicatorTarget() {
        return indicatorTarget;
    }

    public void setIndicatorTarget(String indicatorTarget) {
        this.indicatorTarget = indicatorTarget;
    }

    public String getIndicatorTargetPeriod() {
        return indicatorTargetPeriod;
    }

    public void setIndicatorTargetPeriod(String indicatorTargetPeriod) {
        this.indicatorTargetPeriod = indicatorTargetPeriod;
    }

    public String getIndicatorDescription() {
        return indicatorDescription;
    }

    public void setIndicatorDescription(String indicatorDescription) {
        this.indicatorDescription = indicatorDescription;
    }

    public Set<Long> getIndicatorGoals() {
        return indicatorGoals;
    }

    public void setIndicatorGoals(Set<Long> indicatorGoals) {
        this.indicatorGoals = indicatorGoals == null ? new LinkedHashSet<>() : indicatorGoals;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

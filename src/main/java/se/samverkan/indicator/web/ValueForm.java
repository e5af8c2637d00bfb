package se.samverkan.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.BindingResult;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.Period;
import se.samverkan.indicator.ValueCommand;
import se.samverkan.indicator.ValueView;
import se.samverkan.common.NoPersonalIdentityNumber;

/**
 * One measured value: the value itself, or (for reported crimes) the count and the population, from which the
 * value per 100 000 inhabitants is computed.
 */
public class ValueForm {

    /** A whole number, optionally grouped by spaces ("11 800"), at most nine digits. */
    static final String WHOLE = "^\\s*$|^\\s*([0-9]{1,9}|[0-9]{1,3}([ \u00a0][0-9]{3}){1,2})\\s*$";

    @NotBlank
    private String valuePeriod;

    @Pattern(regexp = SwedishNumbers.PATTERN)
    private String measuredValue;

    @Pattern(regexp = WHOLE)
    private String crimeCount;

    @Pattern(regexp = WHOLE)
    private String population;

    @Pattern(regexp = WHOLE)
    private String sampleSize;

    @Pattern(regexp = SwedishNumbers.PATTERN)
    private String responseRate;

    @Size(max = 1000)
    @NoPersonalIdentityNumber
    private String valueNote;

    private long version;

    static ValueForm of(ValueView value) {
        ValueForm form = new ValueForm();
        form.valuePeriod = value.period().toString();
        form.measuredValue = SwedishNumbers.format(value.value());
        form.crimeCount = whole(value.count());
        form.population = whole(value.population());
        form.sampleSize = whole(value.sampleSize());
        form.responseRate = SwedishNumbers.format(value.responseRate());
        form.valueNote = value.note();
        form.version = value.version();
        return form;
    }

    /** Either a value, or a count with its population; a response rate is a percentage; the period's kind. */
    void check(Frequency frequency, BindingResult result) {
        Periods.read(valuePeriod, frequency, "valuePeriod", result);
        boolean value = given(measuredValue);
        boolean count = given(crimeCount);
        boolean counted = given(population);
        if (value && (count || counted)) {
            result.rejectValue("measuredValue", "indicatorValue.valueAndCount");
        } else if (!value && !count && !counted && !result.hasFieldErrors("measuredValue")) {
            result.rejectValue("measuredValue", "indicatorValue.value.required");
        } else if (!value && !count && !result.hasFieldErrors("crimeCount")) {
            result.rejectValue("crimeCount", "indicatorValue.count.required");
        } else if (!value && !counted && !result.hasFieldErrors("population")) {
            result.rejectValue("population", "indicatorValue.population.required");
        }
        if (counted && !result.hasFieldErrors("population") && whole(population) == 0) {
            result.rejectValue("population", "indicatorValue.population.required");
        }
        if (given(sampleSize) && !result.hasFieldErrors("sampleSize") && whole(sampleSize) == 0) {
            result.rejectValue("sampleSize", "Pattern.sampleSize");
        }
        if (!result.hasFieldErrors("responseRate") && responseRate != null && !responseRate.isBlank()) {
            BigDecimal rate = SwedishNumbers.parse(responseRate);
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                result.rejectValue("responseRate", "indicatorValue.responseRate.range");
            }
        }
    }

    ValueCommand toCommand(Frequency frequency) {
        return new ValueCommand(Period.parse(valuePeriod, frequency), SwedishNumbers.parse(measuredValue),
                whole(crimeCount), whole(population), sampleSize == null || sampleSize.isBlank() ? null
                : whole(sampleSize).intValue(), SwedishNumbers.parse(responseRate), valueNote, version);
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static Long whole(String text) {
        return given(text) ? Long.valueOf(text.replaceAll("[\\s\u00a0]", "")) : null;
    }

    private static String whole(Number number) {
        return number == null ? null : SwedishNumbers.format(BigDecimal.valueOf(number.longValue()));
    }

    public String getValuePeriod() {
        return valuePeriod;
    }

    public void setValuePeriod(String valuePeriod) {
        this.valuePeriod = valuePeriod;
    }

    public String getMeasuredValue() {
        return measuredValue;
    }

    public void setMeasuredValue(String measuredValue) {
        this.measuredValue = measuredValue;
    }

    public String getCrimeCount() {
        return crimeCount;
    }

    public void setCrimeCount(String crimeCount) {
        this.crimeCount = crimeCount;
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public String getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(String sampleSize) {
        this.sampleSize = sampleSize;
    }

    public String getResponseRate() {
        return responseRate;
    }

    public void setResponseRate(String responseRate) {
        this.responseRate = responseRate;
    }

    public String getValueNote() {
        return valueNote;
    }

    public void setValueNote(String valueNote) {
        this.valueNote = valueNote;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package se.samverkan.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.samverkan.common.TextInput;

/**
 * One measured value of an indicator for one period. A counted value (reported crimes) keeps the count and the
 * population; its shown value is computed per 100 000 inhabitants, never stored.
 */
@Entity
@Table(name = "indicator_value")
class IndicatorValue {

    private static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long indicatorId;
    private String period;
    private LocalDate periodStart;
    private BigDecimal value;
    private Long count;
    private Long population;
    private Integer sampleSize;
    private BigDecimal responseRate;
    private String note;
    private Long enteredById;
    private String enteredByName;
    private Instant enteredAt;

    @Version
    private long version;

    protected IndicatorValue() {
    }

    IndicatorValue(long indicatorId, Period period) {
        this.indicatorId = indicatorId;
        this.period = period.toString();
        this.periodStart = period.start();
    }

    /** Takes the figures of the command (its period is this value's), and who entered them when. */
    void change(ValueCommand command, long accountId, String accountName, Instant now) {
        if (!command.period().toString().equals(period)) {
            throw new IllegalArgumentException("a value keeps its period");
        }
        if ((command.value() == null) == (command.count() == null)
                || (command.count() == null) != (command.population() == null)) {
            throw new IllegalArgumentException("a value is either a value or a count with its population");
        }
        if (command.population() != null && command.population() <= 0 || command.count() != null
                && command.count() < 0) {
            throw new IllegalArgumentException("count and population must be positive");
        }
        this.value = command.value();
        this.count = command.count();
        this.population = command.population();
        this.sampleSize = command.sampleSize();
        this.responseRate = command.responseRate();
        String text = TextInput.strippedOrNull(command.note());
        // The form and the import refuse longer notes with a message; cutting one here would lose text silently.
        if (text != null && text.length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("a note is at most " + NOTE_LENGTH + " characters");
        }
        this.note = text;
        this.enteredById = accountId;
        this.enteredByName = accountName;
        this.enteredAt = now;
    }

    /** The value as shown and compared: entered, or the count per 100 000 inhabitants. */
    BigDecimal shown() {
        return count == null ? value : IndicatorMath.perHundredThousand(count, population);
    }

    Long getId() {
        return id;
    }

    long getIndicatorId() {
        return indicatorId;
    }

    Period getPeriod() {
        return Period.parse(period);
    }

    BigDecimal getValue() {
        return value;
    }

    Long getCount() {
        return count;
    }

    Long getPopulation() {
        return population;
    }

    Integer getSampleSize() {
        return sampleSize;
    }

    BigDecimal getResponseRate() {
        return responseRate;
    }

    String getNote() {
        return note;
    }

    String getEnteredByName() {
        return enteredByName;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    long getVersion() {
        return version;
    }
}

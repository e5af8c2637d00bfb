package se.samverkan.indicator;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Writes measured values. There is one value per indicator and period: adding a value for a period that already
 * has one replaces it, and says so ({@link Saved#replaced()}).
 */
@Service
@Transactional
public class ValueService {

    private final AgreementReader agreements;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Clock clock;

    ValueService(AgreementReader agreements, IndicatorRepository indicators, IndicatorValueRepository values,
                 Clock clock) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.values = values;
        this.clock = clock;
    }

    /** What was saved: the value's id, and whether it replaced an earlier value for the same period. */
    public record Saved(long valueId, Period period, boolean replaced) {
    }

    @Transactional(readOnly = true)
    public ValueView get(SamverkanUser user, long agreementId, long indicatorId, long valueId) {
        agreements.get(user, agreementId);
        IndicatorService.find(indicators, agreementId, indicatorId);
        return ValueView.of(find(indicatorId, valueId));
    }

    /** Adds the value, or replaces the one the period already has (the form's version is not compared then). */
    public Saved add(SamverkanUser user, long agreementId, long indicatorId, ValueCommand command) {
        agreements.editable(user, agreementId);
        Indicator indicator = IndicatorService.find(indicators, agreementId, indicatorId);
        return save(user, indicator, command);
    }

    public void update(SamverkanUser user, long agreementId, long indicatorId, long valueId, ValueCommand command) {
        agreements.editable(user, agreementId);
        Indicator indicator = IndicatorService.find(indicators, agreementId, indicatorId);
        IndicatorValue value = find(indicatorId, valueId);
        if (value.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(IndicatorValue.class, valueId);
        }
        if (!value.getPeriod().equals(command.period())) {
            throw new FieldRejectedException("valuePeriod", "indicatorValue.period.fixed");
        }
        check(indicator, command);
        value.change(command, user.accountId(), user.displayName(), clock.instant());
    }

    public void remove(SamverkanUser user, long agreementId, long indicatorId, long valueId) {
        agreements.editable(user, agreementId);
        IndicatorService.find(indicators, agreementId, indicatorId);
        values.delete(find(indicatorId, valueId));
    }

    /** Saves one value of an indicator whose agreement the caller has checked as editable (the form, the import). */
    Saved save(SamverkanUser user, Indicator indicator, ValueCommand command) {
        check(indicator, command);
        IndicatorValue existing = values.findByIndicatorIdAndPeriod(indicator.getId(), command.period().toString())
                .orElse(null);
        IndicatorValue value = existing == null ? new IndicatorValue(indicator.getId(), command.period()) : existing;
        value.change(command, user.accountId(), user.displayName(), clock.instant());
        return new Saved(values.save(value).getId(), command.period(), existing != null);
    }

    /** The checks the form's annotations cannot make: the period's kind and that it has begun. */
    void check(Indicator indicator, ValueCommand command) {
        if (command.period().frequency() != indicator.getFrequency()) {
            throw new FieldRejectedException("valuePeriod", "period.expected." + indicator.getFrequency(),
                    command.period().toString());
        }
        if (command.period().start().isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("valuePeriod", "indicatorValue.period.future", command.period());
        }
        ValueRules.check(indicator.getSource(), command).ifPresent(broken -> {
            throw new FieldRejectedException(broken.field(), broken.messageKey());
        });
    }

    private IndicatorValue find(long indicatorId, long valueId) {
        return values.findById(valueId).filter(value -> value.getIndicatorId() == indicatorId)
                .orElseThrow(() -> new NotFoundException("Indicator value", valueId));
    }
}

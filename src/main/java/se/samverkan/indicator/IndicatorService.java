package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Writes indicators. Only the agreement's coordinators (and administrators) do, while the agreement can be
 * changed; others get 404 (strangers) or 403 (readers) from {@link AgreementReader#editable}.
 */
@Service
@Transactional
public class IndicatorService {

    private final AgreementReader agreements;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;

    IndicatorService(AgreementReader agreements, IndicatorRepository indicators, IndicatorValueRepository values) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.values = values;
    }

    /** The goals of the agreement an indicator can follow up, by id (404 for strangers). */
    @Transactional(readOnly = true)
    public Map<Long, String> goalOptions(SamverkanUser user, long agreementId) {
        return agreements.goalTitles(user, agreementId);
    }

    @Transactional(readOnly = true)
    public IndicatorView get(SamverkanUser user, long agreementId, long indicatorId) {
        agreements.get(user, agreementId);
        return IndicatorView.of(find(indicators, agreementId, indicatorId));
    }

    public long create(SamverkanUser user, long agreementId, IndicatorCommand command) {
        agreements.editable(user, agreementId);
        check(user, agreementId, command, -1);
        return indicators.save(new Indicator(agreementId, command)).getId();
    }

    public void update(SamverkanUser user, long agreementId, long indicatorId, IndicatorCommand command) {
        agreements.editable(user, agreementId);
        Indicator indicator = find(indicators, agreementId, indicatorId);
        if (indicator.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Indicator.class, indicatorId);
        }
        check(user, agreementId, command, indicatorId);
        if (command.frequency() != indicator.getFrequency() && values.existsByIndicatorId(indicatorId)) {
            throw new FieldRejectedException("measuringFrequency", "indicator.frequency.hasValues");
        }
        indicator.change(command);
    }

    public void remove(SamverkanUser user, long agreementId, long indicatorId) {
        agreements.editable(user, agreementId);
        indicators.delete(find(indicators, agreementId, indicatorId));
    }

    private void check(SamverkanUser user, long agreementId, IndicatorCommand command, long indicatorId) {
        if (indicators.existsByAgreementIdAndNameIgnoreCaseAndIdNot(agreementId, command.name().strip(),
                indicatorId)) {
            throw new FieldRejectedException("indicatorName", "indicator.name.taken");
        }
        if (command.goalIds().isEmpty()
                || !agreements.goalTitles(user, agreementId).keySet().containsAll(command.goalIds())) {
            throw new FieldRejectedException("indicatorGoals", "indicator.goals.notInAgreement");
        }
        if (command.baselinePeriod() != null && command.baselinePeriod().compareTo(command.targetPeriod()) >= 0) {
            throw new FieldRejectedException("indicatorTargetPeriod", "indicator.targetPeriod.beforeBaseline");
        }
        if (pointsTheWrongWay(command.direction(), command.baselineValue(), command.targetValue())) {
            throw new FieldRejectedException("indicatorTarget", command.direction() == Direction.HIGHER_IS_BETTER
                    ? "indicator.target.belowBaseline" : "indicator.target.aboveBaseline");
        }
    }

    /** A target worse than the baseline would count as reached at once. Equal means holding the level. */
    static boolean pointsTheWrongWay(Direction direction, BigDecimal baseline, BigDecimal target) {
        if (baseline == null || target == null) {
            return false;
        }
        int comparison = target.compareTo(baseline);
        return direction == Direction.HIGHER_IS_BETTER ? comparison < 0 : comparison > 0;
    }

    static Indicator find(IndicatorRepository indicators, long agreementId, long indicatorId) {
        return indicators.findByIdAndAgreementId(indicatorId, agreementId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }
}

package se.samverkan.demo;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.indicator.IndicatorCommand;
import se.samverkan.indicator.IndicatorReader;
import se.samverkan.indicator.IndicatorService;
import se.samverkan.indicator.Period;
import se.samverkan.indicator.ValueCommand;
import se.samverkan.indicator.ValueService;
import se.samverkan.security.SamverkanUser;

/**
 * Adds the demo indicators of an agreement that are missing (by name), with their values, through the indicator
 * services as the municipality's demo coordinator. Values can only be written while the agreement can be changed,
 * so an agreement that has already ended is skipped; {@link DemoAgreementLoader} calls this right after signing.
 */
@Component
@Profile("demo")
class DemoIndicatorLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoIndicatorLoader.class);

    private final UserDetailsService users;
    private final AgreementReader agreements;
    private final IndicatorService indicators;
    private final IndicatorReader reader;
    private final ValueService values;
    private final TransactionTemplate transaction;

    DemoIndicatorLoader(UserDetailsService users, AgreementReader agreements, IndicatorService indicators,
                        IndicatorReader reader, ValueService values, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.agreements = agreements;
        this.indicators = indicators;
        this.reader = reader;
        this.values = values;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    void loadMissing(long agreementId, String agreementTitle, String coordinatorEmail) {
        List<DemoIndicator> demo = DemoIndicators.BY_AGREEMENT.getOrDefault(agreementTitle, List.of());
        SamverkanUser coordinator = (SamverkanUser) users.loadUserByUsername(coordinatorEmail);
        if (demo.isEmpty() || !agreements.get(coordinator, agreementId).status().editable()) {
            return;
        }
        Set<String> present = reader.summaries(coordinator, agreementId).stream()
                .map(summary -> summary.indicator().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, Long> goalIds = indicators.goalOptions(coordinator, agreementId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (first, second) -> first));
        for (DemoIndicator indicator : demo) {
            if (present.add(indicator.name().toLowerCase(Locale.ROOT))) {
                transaction.executeWithoutResult(status -> create(coordinator, agreementId, indicator, goalIds));
                log.info("Demo indicator added: {}", indicator.name());
            }
        }
    }

    private void create(SamverkanUser coordinator, long agreementId, DemoIndicator demo, Map<String, Long> goalIds) {
        Set<Long> goals = demo.goalTitles().stream().map(title -> {
            Long id = goalIds.get(title);
            if (id == null) {
                throw new IllegalStateException("Demo goal missing: " + title);
            }
            return id;
        }).collect(Collectors.toSet());
        long indicatorId = indicators.create(coordinator, agreementId, new IndicatorCommand(demo.name(), demo.unit(),
                demo.source(), demo.direction(), demo.level(), demo.placeName(), demo.frequency(),
                demo.baselineValue() == null ? null : new BigDecimal(demo.baselineValue()),
                demo.baselinePeriod() == null ? null : Period.parse(demo.baselinePeriod(), demo.frequency()),
                new BigDecimal(demo.targetValue()), Period.parse(demo.targetPeriod(), demo.frequency()),
                demo.description(), goals, 0));
        for (DemoIndicator.Value value : demo.values()) {
            values.add(coordinator, agreementId, indicatorId, new ValueCommand(
                    Period.parse(value.period(), demo.frequency()), value.value(), value.count(),
                    value.population(), value.sampleSize(), value.responseRate(), value.note(), 0));
        }
    }
}

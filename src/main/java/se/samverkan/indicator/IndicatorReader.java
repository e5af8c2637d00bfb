package se.samverkan.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.FollowUpAgreement;
import se.samverkan.security.SamverkanUser;

/** Reads indicators for pages, the dashboard and reports, in a fixed number of queries each. */
@Service
@Transactional(readOnly = true)
public class IndicatorReader {

    private final AgreementReader agreements;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Clock clock;

    IndicatorReader(AgreementReader agreements, IndicatorRepository indicators, IndicatorValueRepository values,
                    Clock clock) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.values = values;
        this.clock = clock;
    }

    /** The indicator page: 404 unless the user may read the agreement and the indicator belongs to it. */
    public IndicatorPage page(SamverkanUser user, long agreementId, long indicatorId) {
        AgreementView agreement = agreements.get(user, agreementId);
        IndicatorView indicator = IndicatorView.of(IndicatorService.find(indicators, agreementId, indicatorId));
        List<ValueView> measured = values.findByIndicatorIdOrderByPeriodStartAsc(indicatorId).stream()
                .map(ValueView::of).toList();
        Map<Long, String> goals = new LinkedHashMap<>();
        agreements.goalTitles(user, agreementId).forEach((id, title) -> {
            if (indicator.goalIds().contains(id)) {
                goals.put(id, title);
            }
        });
        return new IndicatorPage(agreement, indicator, goals, measured, IndicatorFigures.of(indicator, measured));
    }

    /** The agreement's indicators by name, each with its figures (for the agreement page and the annual report). */
    public List<IndicatorSummary> summaries(SamverkanUser user, long agreementId) {
        return summaries(agreements.get(user, agreementId));
    }

    /** {@link #summaries(SamverkanUser, long)} for an agreement the caller has read (and so may read). */
    public List<IndicatorSummary> summaries(AgreementView agreement) {
        List<IndicatorSummary> summaries = new ArrayList<>();
        withValuesOf(agreement.id()).forEach((indicator, values) -> {
            IndicatorView view = IndicatorView.of(indicator);
            summaries.add(new IndicatorSummary(view, IndicatorFigures.of(view, values)));
        });
        return summaries;
    }

    /** The agreement's indicators with all their values (oldest first), for the export. */
    public Map<IndicatorView, List<ValueView>> withValues(SamverkanUser user, long agreementId) {
        return withValues(agreements.get(user, agreementId));
    }

    /** {@link #withValues(SamverkanUser, long)} for an agreement the caller has read (and so may read). */
    public Map<IndicatorView, List<ValueView>> withValues(AgreementView agreement) {
        Map<IndicatorView, List<ValueView>> result = new LinkedHashMap<>();
        withValuesOf(agreement.id()).forEach((indicator, values) -> result.put(IndicatorView.of(indicator), values));
        return result;
    }

    /**
     * The indicators of the agreements the caller has read with {@link AgreementReader#followUpAgreements} (the
     * active agreements of the user's own organisation, for administrators too, like the rest of the dashboard) that
     * have no value for their last completed period: a quarterly indicator on 2026-11-30 misses 2026-K3 until it is
     * entered. One statement, whatever the number of indicators.
     */
    public List<MissingValue> withoutLatestValue(List<FollowUpAgreement> own) {
        Map<Long, String> titles = new HashMap<>();
        own.forEach(agreement -> titles.put(agreement.id(), agreement.title()));
        if (titles.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Frequency, Period> due = new EnumMap<>(Frequency.class);
        for (Frequency frequency : Frequency.values()) {
            due.put(frequency, Period.lastCompleted(frequency, today));
        }
        Map<Long, Indicator> found = new LinkedHashMap<>();
        Set<String> present = new HashSet<>();
        for (Object[] row : indicators.withPeriodsAmong(titles.keySet(),
                due.values().stream().map(Period::toString).toList())) {
            Indicator indicator = (Indicator) row[0];
            found.putIfAbsent(indicator.getId(), indicator);
            if (row[1] != null) {
                present.add(indicator.getId() + "/" + row[1]);
            }
        }
        List<MissingValue> missing = new ArrayList<>();
        for (Indicator indicator : found.values()) {
            Period period = due.get(indicator.getFrequency());
            if (!present.contains(indicator.getId() + "/" + period)) {
                missing.add(new MissingValue(indicator.getId(), indicator.getName(), indicator.getAgreementId(),
                        titles.get(indicator.getAgreementId()), period));
            }
        }
        return missing;
    }

    /** The agreement's indicators by name, each with its values oldest first; one statement. */
    private Map<Indicator, List<ValueView>> withValuesOf(long agreementId) {
        Map<Indicator, Map<Long, ValueView>> found = new LinkedHashMap<>();
        for (Object[] row : indicators.withGoalsAndValues(agreementId)) {
            Map<Long, ValueView> values = found.computeIfAbsent((Indicator) row[0], key -> new LinkedHashMap<>());
            if (row[1] instanceof IndicatorValue value) {
                values.putIfAbsent(value.getId(), ValueView.of(value));
            }
        }
        Map<Indicator, List<ValueView>> result = new LinkedHashMap<>();
        found.forEach((indicator, values) -> result.put(indicator, List.copyOf(values.values())));
        return result;
    }
}

package se.samverkan.indicator.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samverkan.agreement.AgreementPanels;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.PagePanel;
import se.samverkan.indicator.IndicatorReader;
import se.samverkan.security.SamverkanUser;

/** The indicators' section of the agreement page: each with its latest value, target and status. */
@Component
class IndicatorPanel implements AgreementPanels {

    static final int ORDER = 10;

    private final IndicatorReader reader;

    IndicatorPanel(IndicatorReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<PagePanel> panel(SamverkanUser user, AgreementView agreement) {
        return Optional.of(new PagePanel(ORDER, "indicator/panel",
                new PanelData(agreement, reader.summaries(agreement)), "indikatorer",
                "indicator.list.title"));
    }
}

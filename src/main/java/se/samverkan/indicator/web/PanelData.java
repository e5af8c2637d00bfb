package se.samverkan.indicator.web;

import java.util.List;
import se.samverkan.agreement.AgreementView;
import se.samverkan.indicator.IndicatorSummary;

/** What the indicators' section of the agreement page shows. */
public record PanelData(AgreementView agreement, List<IndicatorSummary> indicators) {
}

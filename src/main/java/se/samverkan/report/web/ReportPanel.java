package se.samverkan.report.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samverkan.agreement.AgreementPanels;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.PagePanel;
import se.samverkan.report.ReportReader;
import se.samverkan.security.SamverkanUser;

/** The agreement page's list of annual reports by year, with status and a link to each year's report. */
@Component
class ReportPanel implements AgreementPanels {

    static final int ORDER = 40;

    private final ReportReader reports;

    ReportPanel(ReportReader reports) {
        this.reports = reports;
    }

    @Override
    public Optional<PagePanel> panel(SamverkanUser user, AgreementView agreement) {
        return Optional.of(new PagePanel(ORDER, "report/panel", reports.years(agreement), "arsrapporter",
                "report.panel.heading"));
    }
}

package se.samverkan.publicsite;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverkan.common.NotFoundException;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.report.PublicReport;
import se.samverkan.report.PublicReports;
import se.samverkan.report.ReportCharts;

/**
 * A municipality's published annual report, as its parties approved it. Only what {@link PublicReports} returns is
 * shown; an unknown, unpublished or withdrawn report is not found (404), like an address that does not fit.
 */
@Controller
class ReportPageController {

    private final Municipalities municipalities;
    private final PublicReports reports;
    private final MessageSource messages;

    ReportPageController(Municipalities municipalities, PublicReports reports, MessageSource messages) {
        this.municipalities = municipalities;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/kommuner/{slug}/arsrapporter/{agreementId:\\d{1,18}}-{year:\\d{4}}")
    String show(@PathVariable String slug, @PathVariable long agreementId, @PathVariable int year, Locale locale,
                Model model) {
        OrganisationView municipality = municipalities.get(slug);
        PublicReport report = reports.get(municipality.id(), agreementId, year)
                .orElseThrow(() -> new NotFoundException("Published annual report " + year + " of agreement",
                        agreementId));
        model.addAttribute("municipality", municipality);
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportCharts.of(report.content(), messages, locale));
        return "public/report";
    }
}

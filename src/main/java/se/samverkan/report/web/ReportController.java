package se.samverkan.report.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.report.AnnualReportView;
import se.samverkan.report.ReportCharts;
import se.samverkan.report.ReportReader;
import se.samverkan.report.ReportService;
import se.samverkan.security.SamverkanUser;

/**
 * The report page of an agreement's year, and the steps of its life: start, review, approve, publish on the
 * municipality's public page and withdraw, new revision.
 */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/arsrapporter/{year}")
class ReportController {

    private final ReportReader reader;
    private final ReportService reports;
    private final MessageSource messages;
    private final OrganisationService organisations;

    ReportController(ReportReader reader, ReportService reports, MessageSource messages,
                     OrganisationService organisations) {
        this.reader = reader;
        this.reports = reports;
        this.messages = messages;
        this.organisations = organisations;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                @RequestParam(name = "revision", required = false) Integer revision, Locale locale, Model model) {
        AnnualReportView report = reader.view(user, agreementId, year, revision);
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportCharts.of(report.content(), messages, locale));
        if (report.published()) {
            model.addAttribute("municipalitySlug", organisations.get(report.agreement().municipality().id()).slug());
        }
        return "report/show";
    }

    @PostMapping
    String start(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                 RedirectAttributes redirect) {
        reports.start(user, agreementId, year);
        return ReportViews.redirect(redirect, agreementId, year, "report.started", null);
    }

    @PostMapping("/granskning")
    String submit(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                  RedirectAttributes redirect) {
        reports.submit(user, agreementId, year);
        return ReportViews.redirect(redirect, agreementId, year, "report.submitted", null);
    }

    @PostMapping("/godkannande")
    String approve(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                   @PathVariable int year, RedirectAttributes redirect) {
        boolean frozen = reports.approve(user, agreementId, year);
        return ReportViews.redirect(redirect, agreementId, year, frozen ? "report.approvedAndFrozen"
                : "report.approvalSaved", "godkannande");
    }

    @PostMapping("/publicering")
    String publish(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                   RedirectAttributes redirect) {
        reports.publish(user, agreementId, year);
        return ReportViews.redirect(redirect, agreementId, year, "report.published", "publicering");
    }

    @PostMapping("/publicering/ta-bort")
    String unpublish(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                     @PathVariable int year, RedirectAttributes redirect) {
        reports.unpublish(user, agreementId, year);
        return ReportViews.redirect(redirect, agreementId, year, "report.unpublished", "publicering");
    }

    /** Starting a new revision asks for confirmation on a page of its own. */
    @GetMapping("/ny-revision")
    String reopenForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable int year, Model model) {
        reader.requireWriter(user, agreementId, year);
        AnnualReportView report = reader.view(user, agreementId, year, null);
        ReportViews.require(report.may().reopen());
        model.addAttribute("report", report);
        return "report/reopen";
    }

    @PostMapping("/ny-revision")
    String reopen(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                  RedirectAttributes redirect) {
        reports.reopen(user, agreementId, year);
        return ReportViews.redirect(redirect, agreementId, year, "report.reopened", null);
    }
}

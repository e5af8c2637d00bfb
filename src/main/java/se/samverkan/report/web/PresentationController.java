package se.samverkan.report.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.report.AnnualReportView;
import se.samverkan.report.PresentationView;
import se.samverkan.report.Recipient;
import se.samverkan.report.ReportReader;
import se.samverkan.report.ReportService;
import se.samverkan.security.SamverkanUser;

/** Records when the approved report was presented to kommunstyrelsen and to the police area's chief. */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/arsrapporter/{year}/presentation")
class PresentationController {

    private static final String FORM = "report/presentation-form";

    private final ReportReader reader;
    private final ReportService reports;

    PresentationController(ReportReader reader, ReportService reports) {
        this.reader = reader;
        this.reports = reports;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                @RequestParam(name = "mottagare", required = false) Recipient recipient, Model model) {
        reader.requireWriter(user, agreementId, year);
        AnnualReportView report = reader.view(user, agreementId, year, null);
        ReportViews.require(report.may().present());
        PresentationForm form = new PresentationForm();
        form.setRecipient(recipient);
        PresentationView saved = recipient == null ? null : report.presentation(recipient);
        if (saved != null) {
            form.setPresentedOn(saved.presentedOn());
            form.setCaseNumber(saved.registrationNumber());
        }
        model.addAttribute("form", form);
        return page(report, model);
    }

    @PostMapping
    String record(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                  @Valid @ModelAttribute("form") PresentationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        reader.requireWriter(user, agreementId, year);
        if (result.hasErrors()) {
            return page(reader.view(user, agreementId, year, null), model);
        }
        reports.recordPresentation(user, agreementId, year, form.toCommand());
        return ReportViews.redirect(redirect, agreementId, year, "report.presentation.saved", "presentation");
    }

    private static String page(AnnualReportView report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("recipients", Recipient.values());
        return FORM;
    }
}

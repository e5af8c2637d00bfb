package se.samverkan.report.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.common.FormConflict;
import se.samverkan.common.NotFoundException;
import se.samverkan.report.AnnualReportView;
import se.samverkan.report.CommentView;
import se.samverkan.report.ReportLinks;
import se.samverkan.report.ReportReader;
import se.samverkan.report.ReportService;
import se.samverkan.report.SectionKey;
import se.samverkan.security.SamverkanUser;

/** Writing a section of a report, and its review: comments on a section, answers, resolving. */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/arsrapporter/{year}")
class ReportSectionController {

    private static final String SECTION_FORM = "report/section-form";
    private static final String COMMENTS = "report/comments";
    private static final String ANSWER_FORM = "report/answer-form";

    private final ReportReader reader;
    private final ReportService reports;

    ReportSectionController(ReportReader reader, ReportService reports) {
        this.reader = reader;
        this.reports = reports;
    }

    @GetMapping("/avsnitt/{section}")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable int year, @PathVariable String section, Model model) {
        SectionKey key = ReportViews.section(section);
        model.addAttribute("form", SectionForm.of(reader.section(user, agreementId, year, key)));
        return sectionForm(user, agreementId, year, key, model);
    }

    @PostMapping("/avsnitt/{section}")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                  @PathVariable String section, @Valid @ModelAttribute("form") SectionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SectionKey key = ReportViews.section(section);
        if (result.hasErrors()) {
            reader.section(user, agreementId, year, key);
            return sectionForm(user, agreementId, year, key, model);
        }
        boolean cleared;
        try {
            cleared = reports.saveSection(user, agreementId, year, key, form.toCommand());
        } catch (OptimisticLockingFailureException e) {
            SectionForm current = SectionForm.of(reader.section(user, agreementId, year, key));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return sectionForm(user, agreementId, year, key, model);
        }
        return ReportViews.redirect(redirect, agreementId, year,
                cleared ? "report.section.savedApprovalsCleared" : "report.section.saved", key.path());
    }

    @GetMapping("/avsnitt/{section}/kommentarer")
    String comments(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable int year, @PathVariable String section, Model model) {
        model.addAttribute("form", new CommentForm());
        return commentsPage(user, agreementId, year, ReportViews.section(section), model);
    }

    @PostMapping("/avsnitt/{section}/kommentarer")
    String comment(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                   @PathVariable int year, @PathVariable String section,
                   @Valid @ModelAttribute("form") CommentForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        reader.requireCommenter(user, agreementId, year);
        SectionKey key = ReportViews.section(section);
        if (result.hasErrors()) {
            return commentsPage(user, agreementId, year, key, model);
        }
        long id = reports.comment(user, agreementId, year, key, form.getCommentText());
        redirect.addFlashAttribute("saved", "report.comment.saved");
        return "redirect:" + ReportLinks.path(agreementId, year) + "/avsnitt/" + key.path()
                + "/kommentarer#kommentar-" + id;
    }

    @GetMapping("/kommentarer/{commentId}/svar")
    String answerForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable int year, @PathVariable long commentId, Model model) {
        reader.requireWriter(user, agreementId, year);
        model.addAttribute("form", new AnswerForm());
        return answerPage(user, agreementId, year, commentId, model);
    }

    @PostMapping("/kommentarer/{commentId}/svar")
    String answer(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, @PathVariable int year,
                  @PathVariable long commentId, @Valid @ModelAttribute("form") AnswerForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        reader.requireWriter(user, agreementId, year);
        if (result.hasErrors()) {
            return answerPage(user, agreementId, year, commentId, model);
        }
        reports.answer(user, agreementId, year, commentId, form.getAnswerText());
        if (form.isResolve()) {
            reports.resolve(user, agreementId, year, commentId);
        }
        return backToComments(user, agreementId, year, commentId, "report.comment.answered", redirect);
    }

    @PostMapping("/kommentarer/{commentId}/lost")
    String resolve(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                   @PathVariable int year, @PathVariable long commentId, RedirectAttributes redirect) {
        reports.resolve(user, agreementId, year, commentId);
        return backToComments(user, agreementId, year, commentId, "report.comment.resolved", redirect);
    }

    private String backToComments(SamverkanUser user, long agreementId, int year, long commentId, String savedKey,
                                  RedirectAttributes redirect) {
        AnnualReportView report = reader.view(user, agreementId, year, null);
        CommentView comment = commentOf(report, commentId);
        redirect.addFlashAttribute("saved", savedKey);
        return "redirect:" + report.path() + "/avsnitt/" + comment.section().path() + "/kommentarer#kommentar-"
                + commentId;
    }

    private String sectionForm(SamverkanUser user, long agreementId, int year, SectionKey key, Model model) {
        model.addAttribute("report", reader.view(user, agreementId, year, null));
        model.addAttribute("section", key);
        return SECTION_FORM;
    }

    private String commentsPage(SamverkanUser user, long agreementId, int year, SectionKey key, Model model) {
        AnnualReportView report = reader.view(user, agreementId, year, null);
        if (!report.started() || key.focusAreaId() != null && report.areaTitle(key) == null) {
            throw new NotFoundException("Report section", key);
        }
        model.addAttribute("report", report);
        model.addAttribute("section", key);
        return COMMENTS;
    }

    private String answerPage(SamverkanUser user, long agreementId, int year, long commentId, Model model) {
        AnnualReportView report = reader.view(user, agreementId, year, null);
        ReportViews.require(report.may().answer());
        model.addAttribute("report", report);
        model.addAttribute("comment", commentOf(report, commentId));
        return ANSWER_FORM;
    }

    private static CommentView commentOf(AnnualReportView report, long commentId) {
        return report.comments().stream().filter(comment -> comment.id() == commentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Report comment", commentId));
    }
}

package se.samverkan.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureType;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.FormDates;
import se.samverkan.common.Option;
import se.samverkan.security.SamverkanUser;

@Controller
@RequestMapping("/overenskommelser/{agreementId}/atgarder")
class MeasureController {

    private static final String FORM = "agreement/measure-form";

    private final AgreementReader reader;
    private final MeasureService measures;
    private final FocusAreaService focusAreas;
    private final GoalService goals;

    MeasureController(AgreementReader reader, MeasureService measures, FocusAreaService focusAreas,
                      GoalService goals) {
        this.reader = reader;
        this.measures = measures;
        this.focusAreas = focusAreas;
        this.goals = goals;
    }

    @ModelAttribute("agreement")
    AgreementView agreement(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId) {
        return reader.editable(user, agreementId);
    }

    @ModelAttribute
    void options(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                 @ModelAttribute(name = "agreement", binding = false) AgreementView agreement, Model model) {
        model.addAttribute("focusAreas", focusAreas.list(user, agreementId).stream()
                .map(area -> new Option(area.id(), area.title())).toList());
        model.addAttribute("goalOptions", goals.list(user, agreementId).stream()
                .map(goal -> new Option(goal.id(), goal.title())).toList());
        model.addAttribute("parties", agreement.parties().stream()
                .map(party -> new Option(party.id(), party.name())).toList());
        model.addAttribute("measureTypes", MeasureType.values());
        model.addAttribute("measureStatuses", MeasureStatus.values());
    }

    @GetMapping("/ny")
    String createForm(@RequestParam(name = "fokusomrade", required = false) Long focusAreaId, Model model) {
        MeasureForm form = new MeasureForm();
        form.setFocusAreaId(focusAreaId);
        form.setStatus(MeasureStatus.PLANNED);
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @ModelAttribute(name = "agreement", binding = false) AgreementView agreement,
                  @Valid @ModelAttribute("form") MeasureForm form, BindingResult result,
                  RedirectAttributes redirect) {
        checkResponsible(form, result);
        checkStatus(form, result);
        FormDates.checkOrder(form.getStartDate(), form.getEndDate(), "endDate", result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = measures.create(user, agreementId, form.toCommand());
            saved(agreement, form, redirect);
            return AgreementLinks.redirectTo(agreementId, "atgard-" + id);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }

    @GetMapping("/{measureId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long measureId, Model model) {
        model.addAttribute("form", MeasureForm.of(measures.get(user, agreementId, measureId)));
        model.addAttribute("partId", measureId);
        return FORM;
    }

    @PostMapping("/{measureId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long measureId, @ModelAttribute(name = "agreement", binding = false) AgreementView agreement,
                  @Valid @ModelAttribute("form") MeasureForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("partId", measureId);
        checkResponsible(form, result);
        if (agreement.status() == AgreementStatus.ACTIVE) {
            // Shown, not posted: status updates set it while the agreement is in force.
            form.setStatus(measures.get(user, agreementId, measureId).status());
        } else {
            checkStatus(form, result);
        }
        FormDates.checkOrder(form.getStartDate(), form.getEndDate(), "endDate", result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            measures.update(user, agreementId, measureId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            MeasureForm current = MeasureForm.of(measures.get(user, agreementId, measureId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        saved(agreement, form, redirect);
        return AgreementLinks.redirectTo(agreementId, "atgard-" + measureId);
    }

    @GetMapping("/{measureId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long measureId, Model model) {
        return AgreementLinks.confirmRemoval(model, "measure.remove",
                measures.get(user, agreementId, measureId).title(),
                "/overenskommelser/" + agreementId + "/atgarder/" + measureId + "/ta-bort");
    }

    @PostMapping("/{measureId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long measureId, RedirectAttributes redirect) {
        measures.remove(user, agreementId, measureId);
        redirect.addFlashAttribute("saved", "measure.removed");
        return AgreementLinks.redirectTo(agreementId, "fokusomraden");
    }

    /** Empty values posted for the checkboxes bind as nulls; a measure still needs a real responsible party. */
    private static void checkResponsible(MeasureForm form, BindingResult result) {
        if (FormIds.of(form.getResponsibleIds()).isEmpty() && !result.hasFieldErrors("responsibleIds")) {
            result.rejectValue("responsibleIds", "NotEmpty");
        }
    }

    private static void checkStatus(MeasureForm form, BindingResult result) {
        if (form.getStatus() == null && !result.hasFieldErrors("status")) {
            result.rejectValue("status", "NotNull");
        }
    }

    /** Saved; dates outside the agreement's period are allowed but pointed out. */
    private static void saved(AgreementView agreement, MeasureForm form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", "measure.saved");
        if (outside(form.getStartDate(), agreement) || outside(form.getEndDate(), agreement)) {
            redirect.addFlashAttribute("warning", "measure.datesOutsidePeriod");
        }
    }

    private static boolean outside(LocalDate date, AgreementView agreement) {
        return date != null && (date.isBefore(agreement.periodStart()) || date.isAfter(agreement.periodEnd()));
    }
}

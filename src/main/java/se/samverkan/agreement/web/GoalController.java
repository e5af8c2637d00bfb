package se.samverkan.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.GoalType;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.Option;
import se.samverkan.security.SamverkanUser;

@Controller
@RequestMapping("/overenskommelser/{agreementId}/mal")
class GoalController {

    private static final String FORM = "agreement/goal-form";

    private final AgreementReader reader;
    private final GoalService goals;
    private final FocusAreaService focusAreas;

    GoalController(AgreementReader reader, GoalService goals, FocusAreaService focusAreas) {
        this.reader = reader;
        this.goals = goals;
        this.focusAreas = focusAreas;
    }

    @ModelAttribute("agreement")
    AgreementView agreement(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId) {
        return reader.editable(user, agreementId);
    }

    @ModelAttribute("focusAreas")
    List<Option> focusAreas(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId) {
        return focusAreas.list(user, agreementId).stream().map(area -> new Option(area.id(), area.title())).toList();
    }

    @ModelAttribute("goalTypes")
    GoalType[] goalTypes() {
        return GoalType.values();
    }

    @GetMapping("/ny")
    String createForm(@RequestParam(name = "fokusomrade", required = false) Long focusAreaId,
                      @RequestParam(name = "typ", required = false) GoalType type, Model model) {
        GoalForm form = new GoalForm();
        form.setFocusAreaId(focusAreaId);
        form.setType(type);
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @Valid @ModelAttribute("form") GoalForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = goals.create(user, agreementId, form.toCommand());
            redirect.addFlashAttribute("saved", "goal.saved");
            return AgreementLinks.redirectTo(agreementId, "mal-" + id);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }

    @GetMapping("/{goalId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long goalId, Model model) {
        model.addAttribute("form", GoalForm.of(goals.get(user, agreementId, goalId)));
        model.addAttribute("partId", goalId);
        return FORM;
    }

    @PostMapping("/{goalId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long goalId, @Valid @ModelAttribute("form") GoalForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("partId", goalId);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            goals.update(user, agreementId, goalId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            GoalForm current = GoalForm.of(goals.get(user, agreementId, goalId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "goal.saved");
        return AgreementLinks.redirectTo(agreementId, "mal-" + goalId);
    }

    @GetMapping("/{goalId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long goalId, Model model) {
        return AgreementLinks.confirmRemoval(model, "goal.remove", goals.get(user, agreementId, goalId).title(),
                "/overenskommelser/" + agreementId + "/mal/" + goalId + "/ta-bort");
    }

    @PostMapping("/{goalId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long goalId, RedirectAttributes redirect) {
        goals.remove(user, agreementId, goalId);
        redirect.addFlashAttribute("saved", "goal.removed");
        return AgreementLinks.redirectTo(agreementId, "fokusomraden");
    }
}

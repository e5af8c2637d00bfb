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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.SteeringGroupService;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.Option;
import se.samverkan.security.SamverkanUser;

@Controller
@RequestMapping("/overenskommelser/{agreementId}/styrgrupp/ledamoter")
class SteeringGroupMemberController {

    private static final String FORM = "agreement/steering-group-member-form";

    private final AgreementReader reader;
    private final SteeringGroupService members;

    SteeringGroupMemberController(AgreementReader reader, SteeringGroupService members) {
        this.reader = reader;
        this.members = members;
    }

    @ModelAttribute("agreement")
    AgreementView agreement(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId) {
        return reader.editable(user, agreementId);
    }

    @ModelAttribute("parties")
    List<Option> parties(@ModelAttribute(name = "agreement", binding = false) AgreementView agreement) {
        return agreement.parties().stream().map(party -> new Option(party.id(), party.name())).toList();
    }

    @GetMapping("/ny")
    String createForm(Model model) {
        model.addAttribute("form", new SteeringGroupMemberForm());
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @Valid @ModelAttribute("form") SteeringGroupMemberForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            members.create(user, agreementId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "steeringGroupMember.saved");
        return AgreementLinks.redirectTo(agreementId, "styrgrupp");
    }

    @GetMapping("/{memberId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long memberId, Model model) {
        model.addAttribute("form", SteeringGroupMemberForm.of(members.get(user, agreementId, memberId)));
        model.addAttribute("partId", memberId);
        return FORM;
    }

    @PostMapping("/{memberId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long memberId, @Valid @ModelAttribute("form") SteeringGroupMemberForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("partId", memberId);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            members.update(user, agreementId, memberId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            SteeringGroupMemberForm current = SteeringGroupMemberForm.of(members.get(user, agreementId, memberId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "steeringGroupMember.saved");
        return AgreementLinks.redirectTo(agreementId, "styrgrupp");
    }

    @GetMapping("/{memberId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long memberId, Model model) {
        return AgreementLinks.confirmRemoval(model, "steeringGroupMember.remove",
                members.get(user, agreementId, memberId).name(),
                "/overenskommelser/" + agreementId + "/styrgrupp/ledamoter/" + memberId + "/ta-bort");
    }

    @PostMapping("/{memberId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long memberId, RedirectAttributes redirect) {
        members.remove(user, agreementId, memberId);
        redirect.addFlashAttribute("saved", "steeringGroupMember.removed");
        return AgreementLinks.redirectTo(agreementId, "styrgrupp");
    }
}

package se.samverkan.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import se.samverkan.agreement.SignatoryService;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.Option;
import se.samverkan.security.SamverkanUser;

@Controller
@RequestMapping("/overenskommelser/{agreementId}/undertecknare")
class SignatoryController {

    private static final String FORM = "agreement/signatory-form";

    private final AgreementReader reader;
    private final SignatoryService signatories;
    private final Clock clock;

    SignatoryController(AgreementReader reader, SignatoryService signatories, Clock clock) {
        this.reader = reader;
        this.signatories = signatories;
        this.clock = clock;
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
        SignatoryForm form = new SignatoryForm();
        form.setSignedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @Valid @ModelAttribute("form") SignatoryForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            signatories.create(user, agreementId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "signatory.saved");
        return AgreementLinks.redirectTo(agreementId, "undertecknare");
    }

    @GetMapping("/{signatoryId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long signatoryId, Model model) {
        model.addAttribute("form", SignatoryForm.of(signatories.get(user, agreementId, signatoryId)));
        model.addAttribute("partId", signatoryId);
        return FORM;
    }

    @PostMapping("/{signatoryId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long signatoryId, @Valid @ModelAttribute("form") SignatoryForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("partId", signatoryId);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            signatories.update(user, agreementId, signatoryId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            SignatoryForm current = SignatoryForm.of(signatories.get(user, agreementId, signatoryId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "signatory.saved");
        return AgreementLinks.redirectTo(agreementId, "undertecknare");
    }

    @GetMapping("/{signatoryId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long signatoryId, Model model) {
        return AgreementLinks.confirmRemoval(model, "signatory.remove",
                signatories.get(user, agreementId, signatoryId).name(),
                "/overenskommelser/" + agreementId + "/undertecknare/" + signatoryId + "/ta-bort");
    }

    @PostMapping("/{signatoryId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long signatoryId, RedirectAttributes redirect) {
        signatories.remove(user, agreementId, signatoryId);
        redirect.addFlashAttribute("saved", "signatory.removed");
        return AgreementLinks.redirectTo(agreementId, "undertecknare");
    }
}

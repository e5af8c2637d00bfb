package se.samverkan.pledge.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.Option;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.security.SamverkanUser;

/** The people who sign a pledge, one or more for each party, while it is a draft. */
@Controller
@RequestMapping("/loften/{pledgeId}/underskrifter")
class PledgeSignatoryController {

    private static final String FORM = "pledge/signatory-form";

    private final PledgeReader reader;
    private final PledgeSignatoryService signatories;
    private final Clock clock;

    PledgeSignatoryController(PledgeReader reader, PledgeSignatoryService signatories, Clock clock) {
        this.reader = reader;
        this.signatories = signatories;
        this.clock = clock;
    }

    @ModelAttribute("pledge")
    PledgeDocument pledge(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId) {
        return reader.editable(user, pledgeId);
    }

    @ModelAttribute
    void options(@ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        model.addAttribute("parties", pledge.parties().stream()
                .map(party -> new Option(party.id(), party.name())).toList());
    }

    @GetMapping("/ny")
    String createForm(@ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requireDraft(pledge);
        PledgeSignatoryForm form = new PledgeSignatoryForm();
        form.setSignedOn(LocalDate.now(clock));
        if (!pledge.unsignedParties().isEmpty()) {
            form.setOrganisationId(pledge.unsignedParties().get(0).id());
        }
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  @Valid @ModelAttribute("form") PledgeSignatoryForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            signatories.add(user, pledgeId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "pledge.signatory.saved");
        return PledgeLinks.redirectTo(pledgeId, "underskrifter");
    }

    @PostMapping("/{signatoryId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  @PathVariable long signatoryId, RedirectAttributes redirect) {
        signatories.remove(user, pledgeId, signatoryId);
        redirect.addFlashAttribute("saved", "pledge.signatory.removed");
        return PledgeLinks.redirectTo(pledgeId, "underskrifter");
    }
}

package se.samverkan.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.organisation.DuplicateOrganisationException;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;

@Controller
@RequestMapping("/admin/organisationer")
class OrganisationAdminController {

    private static final String FORM = "admin/organisation-form";

    private final OrganisationService organisations;

    OrganisationAdminController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @InitBinder
    void refuseId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("kinds")
    OrganisationKind[] kinds() {
        return OrganisationKind.values();
    }

    @GetMapping
    String list(Pageable pageable, Model model) {
        model.addAttribute("page", organisations.page(pageable));
        return "admin/organisation-list";
    }

    @GetMapping("/ny")
    String createForm(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return FORM;
    }

    @PostMapping("/ny")
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            organisations.create(form.toCommand());
        } catch (DuplicateOrganisationException e) {
            result.rejectValue(e.field(), "organisation.duplicate." + e.field());
            return FORM;
        }
        redirect.addFlashAttribute("saved", "organisation.saved");
        return "redirect:/admin/organisationer";
    }

    @GetMapping("/{id}/redigera")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", OrganisationForm.of(organisations.get(id)));
        model.addAttribute("organisationId", id);
        return FORM;
    }

    @PostMapping("/{id}/redigera")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form,
                  BindingResult result, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        model.addAttribute("organisationId", id);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            organisations.update(id, form.toCommand());
        } catch (DuplicateOrganisationException e) {
            result.rejectValue(e.field(), "organisation.duplicate." + e.field());
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            // Keep what the user typed; the next save deliberately overwrites the newer version.
            form.setVersion(organisations.get(id).version());
            result.reject("form.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
            return FORM;
        }
        redirect.addFlashAttribute("saved", "organisation.saved");
        return "redirect:/admin/organisationer";
    }
}

package se.samverkan.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.account.AccountService;
import se.samverkan.account.AccountView;
import se.samverkan.account.DuplicateEmailException;
import se.samverkan.account.Emails;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

@Controller
@RequestMapping("/admin/anvandare")
class AccountAdminController {

    private static final String CREATE_FORM = "admin/account-create";
    private static final String EDIT_FORM = "admin/account-edit";
    private static final String PASSWORD_FORM = "admin/account-password";

    private final AccountService accounts;
    private final OrganisationService organisations;

    AccountAdminController(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @InitBinder
    void refuseId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) Long organisation, Pageable pageable, Model model) {
        model.addAttribute("page", accounts.page(organisation, pageable));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("selectedOrganisation", organisation);
        return "admin/account-list";
    }

    @GetMapping("/ny")
    String createForm(Model model) {
        model.addAttribute("newAccount", new NewAccountForm());
        model.addAttribute("organisations", organisations.all());
        return CREATE_FORM;
    }

    @PostMapping("/ny")
    String create(@Valid @ModelAttribute("newAccount") NewAccountForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        form.checkConfirmation(result);
        if (!result.hasErrors()) {
            try {
                long id = accounts.create(form.toCommand());
                redirect.addFlashAttribute("saved", "account.saved");
                return "redirect:/admin/anvandare/" + id + "/redigera";
            } catch (DuplicateEmailException e) {
                result.rejectValue("email", "account.duplicateEmail");
            }
        }
        model.addAttribute("organisations", organisations.all());
        return CREATE_FORM;
    }

    @GetMapping("/{id}/redigera")
    String editForm(@PathVariable long id, Model model) {
        AccountView account = accounts.get(id);
        model.addAttribute("form", AccountEditForm.of(account));
        return showEdit(account, model);
    }

    @PostMapping("/{id}/redigera")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountEditForm form, BindingResult result,
                  Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AccountView account = accounts.get(id);
        boolean ownAccount = account.email().equals(Emails.normalise(principal.getName()));
        if (ownAccount && (!form.isEnabled() || form.getRole() != Role.ADMIN)) {
            result.reject("account.cannotLockOutSelf");
        }
        if (result.hasErrors()) {
            return showEdit(account, model);
        }
        try {
            accounts.update(id, form.toCommand());
        } catch (OptimisticLockingFailureException e) {
            // Keep what the admin typed; saving again deliberately overwrites the newer version.
            form.setVersion(accounts.get(id).version());
            result.reject("form.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
            return showEdit(account, model);
        }
        redirect.addFlashAttribute("saved", "account.saved");
        return "redirect:/admin/anvandare/" + id + "/redigera";
    }

    @GetMapping("/{id}/losenord")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("form", new PasswordFields());
        return PASSWORD_FORM;
    }

    @PostMapping("/{id}/losenord")
    String setPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordFields form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        AccountView account = accounts.get(id);
        form.checkConfirmation(result);
        if (result.hasErrors()) {
            model.addAttribute("account", account);
            return PASSWORD_FORM;
        }
        accounts.setPassword(id, form.getNewPassword());
        redirect.addFlashAttribute("saved", "account.passwordSet");
        return "redirect:/admin/anvandare/" + id + "/redigera";
    }

    private String showEdit(AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("organisations", organisations.all());
        return EDIT_FORM;
    }
}

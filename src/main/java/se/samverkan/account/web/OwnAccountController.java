package se.samverkan.account.web;

import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.account.AccountService;
import se.samverkan.account.WrongPasswordException;

/** The signed-in user's own account: for now, changing the password. */
@Controller
@RequestMapping("/konto")
class OwnAccountController {

    private static final String PASSWORD_FORM = "account/password";

    private final AccountService accounts;

    OwnAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String show(Principal principal, Model model) {
        model.addAttribute("account", accounts.getByEmail(principal.getName()));
        return "account/show";
    }

    @GetMapping("/losenord")
    String passwordForm(Model model) {
        model.addAttribute("form", new OwnPasswordForm());
        return PASSWORD_FORM;
    }

    @PostMapping("/losenord")
    String changePassword(@Valid @ModelAttribute("form") OwnPasswordForm form, BindingResult result,
                          Principal principal, RedirectAttributes redirect) {
        form.checkConfirmation(result);
        if (result.hasErrors()) {
            return PASSWORD_FORM;
        }
        try {
            accounts.changeOwnPassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword());
        } catch (WrongPasswordException e) {
            result.rejectValue("currentPassword", "password.wrongCurrent");
            return PASSWORD_FORM;
        }
        redirect.addFlashAttribute("saved", "account.ownPasswordChanged");
        return "redirect:/konto";
    }
}

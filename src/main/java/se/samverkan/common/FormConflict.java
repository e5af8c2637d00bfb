package se.samverkan.common;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Someone else saved the same thing while the user edited it. The form is shown again with 409, the user's
 * input kept, the saved values beside each field ("current"), and the newer version in the hidden field, so
 * that saving again deliberately overwrites.
 */
public final class FormConflict {

    private FormConflict() {
    }

    public static void show(Model model, BindingResult result, HttpServletResponse response, Object currentForm) {
        result.reject("form.conflict");
        model.addAttribute("current", currentForm);
        response.setStatus(HttpStatus.CONFLICT.value());
    }
}

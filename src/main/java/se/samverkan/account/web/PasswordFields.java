package se.samverkan.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import se.samverkan.account.PasswordPolicy;

/** A new password typed twice. Shared by every form that sets a password. */
class PasswordFields {

    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
    @NotCommonPassword
    private String newPassword;

    private String newPasswordConfirmation;

    /** Marks the confirmation field when the two entries differ. */
    void checkConfirmation(BindingResult result) {
        if (newPassword != null && !newPassword.equals(newPasswordConfirmation)
                && !result.hasFieldErrors("newPasswordConfirmation")) {
            result.rejectValue("newPasswordConfirmation", "password.mismatch");
        }
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordConfirmation() {
        return newPasswordConfirmation;
    }

    public void setNewPasswordConfirmation(String newPasswordConfirmation) {
        this.newPasswordConfirmation = newPasswordConfirmation;
    }
}

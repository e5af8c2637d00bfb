package se.samverkan.account.web;

import jakarta.validation.constraints.NotBlank;

class OwnPasswordForm extends PasswordFields {

    @NotBlank
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}

package se.samverkan.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * PostgreSQL refuses text containing the NUL character, which no keyboard types but a hand-made request can send.
 * It is dropped from every bound text, so such input is saved without it instead of failing after validation.
 */
@ControllerAdvice
class FormInputCleaning {

    @InitBinder
    void dropNulCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : text.replace("\u0000", ""));
            }
        });
    }
}

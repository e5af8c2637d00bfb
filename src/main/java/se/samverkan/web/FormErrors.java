package se.samverkan.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * One message per field in a form's error summary: a value that could not be read ("2026-02-30" for a date) also
 * fails the field's "required" check, and the person needs only the first, more precise message. Used by
 * {@code fragments/forms.html} as {@code @formErrors}.
 */
@Component("formErrors")
public class FormErrors {

    public List<DetailedError> firstPerField(List<DetailedError> errors) {
        Set<String> seen = new HashSet<>();
        List<DetailedError> first = new ArrayList<>();
        for (DetailedError error : errors) {
            if (error.isGlobal() || seen.add(error.getFieldName())) {
                first.add(error);
            }
        }
        return first;
    }
}

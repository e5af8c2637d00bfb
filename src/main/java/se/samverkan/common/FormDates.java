package se.samverkan.common;

import java.time.LocalDate;
import org.springframework.validation.BindingResult;

/** Date checks shared by the forms. */
public final class FormDates {

    private FormDates() {
    }

    /** Marks {@code endField} when both dates are given and the end comes before the start. */
    public static void checkOrder(LocalDate start, LocalDate end, String endField, BindingResult result) {
        if (start != null && end != null && end.isBefore(start) && !result.hasFieldErrors(endField)) {
            result.rejectValue(endField, "date.endBeforeStart");
        }
    }
}

package se.samverkan.indicator.web;

import org.springframework.validation.BindingResult;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.Period;
import se.samverkan.indicator.PeriodException;

/** Reads a period field of a form, or marks it with the message that says how to write it. */
final class Periods {

    private Periods() {
    }

    static Period read(String text, Frequency frequency, String field, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return Period.parse(text, frequency);
        } catch (PeriodException e) {
            result.rejectValue(field, e.messageKey(), e.arguments(), null);
            return null;
        }
    }
}

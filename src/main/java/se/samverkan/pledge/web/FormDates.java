package se.samverkan.pledge.web;

import java.time.LocalDate;
import org.springframework.validation.BindingResult;

final class FormDates {

    private FormDates() {
    }

    /** A period that ends before it starts is refused at the end date, where the user will correct it. */
    static void checkOrder(LocalDate start, LocalDate end, BindingResult result) {
        if (start != null && end != null && end.isBefore(start) && !result.hasFieldErrors("periodEnd")) {
            result.rejectValue("periodEnd", "pledge.periodEnd.beforeStart");
        }
    }
}

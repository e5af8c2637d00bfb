package se.samverkan.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || plausibleYear(date.getYear());
    }

    /** Whether the year lies in the range dates are accepted in (list filters by year check it too). */
    public static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}

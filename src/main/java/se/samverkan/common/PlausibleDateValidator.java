package se.samverkan.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}

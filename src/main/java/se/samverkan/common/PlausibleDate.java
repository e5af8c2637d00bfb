package se.samverkan.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date between the years 1900 and 2200. Anything else is a typing mistake, and very distant years would be refused
 * by PostgreSQL after the form had been accepted.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDateValidator.class)
public @interface PlausibleDate {

    String message() default "{PlausibleDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

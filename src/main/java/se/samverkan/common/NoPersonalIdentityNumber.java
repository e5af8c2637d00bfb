package se.samverkan.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that must not identify a person: it may not contain a Swedish personal identity number
 * (personnummer) or co-ordination number (samordningsnummer). Applies to aggregated texts such as situational
 * pictures, where a name or number of an individual has no place. See {@link NoPersonalIdentityNumberValidator}
 * for what counts as one.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoPersonalIdentityNumberValidator.class)
public @interface NoPersonalIdentityNumber {

    String message() default "{NoPersonalIdentityNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

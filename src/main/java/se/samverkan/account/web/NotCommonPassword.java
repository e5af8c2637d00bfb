package se.samverkan.account.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.account.PasswordPolicy;

/**
 * The password is not on the list of commonly used passwords. A password too short or too long is left to the
 * length rule, so the user reads the one message that helps first ("at least 12 characters").
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCommonPassword.Validator.class)
@interface NotCommonPassword {

    String message() default "{NotCommonPassword}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotCommonPassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.length() < PasswordPolicy.MIN_LENGTH
                    || value.length() > PasswordPolicy.MAX_LENGTH) {
                return true;
            }
            return !PasswordPolicy.isCommon(value);
        }
    }
}

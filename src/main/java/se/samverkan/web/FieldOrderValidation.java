package se.samverkan.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bean Validation reports a form's errors in no particular order, so the error summary listed them differently on
 * every submit. Form errors are handed on in the order the form object declares its fields, which is the order the
 * form shows them.
 */
@Configuration(proxyBeanMethods = false)
class FieldOrderValidation implements WebMvcConfigurer {

    private final LocalValidatorFactoryBean validator;

    FieldOrderValidation(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    @Override
    public Validator getValidator() {
        return new FieldOrderValidator(validator);
    }

    static final class FieldOrderValidator implements SmartValidator {

        private final SmartValidator delegate;

        FieldOrderValidator(SmartValidator delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean supports(Class<?> type) {
            return delegate.supports(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            validate(target, errors, new Object[0]);
        }

        @Override
        public void validate(Object target, Errors errors, Object... hints) {
            if (!(errors instanceof BindingResult result)) {
                delegate.validate(target, errors, hints);
                return;
            }
            BeanPropertyBindingResult found = new BeanPropertyBindingResult(target, errors.getObjectName());
            delegate.validate(target, found, hints);
            found.getGlobalErrors().forEach(result::addError);
            List<FieldError> fieldErrors = new ArrayList<>(found.getFieldErrors());
            List<String> order = declaredFields(target.getClass());
            fieldErrors.sort(Comparator.comparingInt(error -> position(order, error.getField())));
            fieldErrors.forEach(result::addError);
        }

        private static int position(List<String> order, String field) {
            String property = field.replaceAll("[\\[.].*$", "");
            int index = order.indexOf(property);
            return index < 0 ? Integer.MAX_VALUE : index;
        }

        private static List<String> declaredFields(Class<?> type) {
            List<String> names = new ArrayList<>();
            for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
                for (Field field : current.getDeclaredFields()) {
                    names.add(field.getName());
                }
            }
            return names;
        }
    }
}

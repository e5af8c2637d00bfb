package se.samverkan.web;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Input that no keyboard types but a hand-made request can send, cleaned from every bound form before validation:
 * <ul>
 * <li>PostgreSQL refuses text containing the NUL character; it is dropped from every bound text, so such input is
 * saved without it instead of failing after validation.</li>
 * <li>A blank value among a set or list of choices ({@code compilerIds=4&compilerIds=}) would become a
 * {@code null} element that the commands' immutable copies refuse with a NullPointerException; it is dropped, as
 * if that box had not been sent.</li>
 * </ul>
 */
@ControllerAdvice
class FormInputCleaning {

    @InitBinder
    void clean(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : text.replace("\u0000", ""));
            }
        });
        binder.registerCustomEditor(Set.class, new WithoutBlanks(Set.class));
        binder.registerCustomEditor(List.class, new WithoutBlanks(List.class));
    }

    /** A collection of the values sent, without the blank ones. */
    private static final class WithoutBlanks extends CustomCollectionEditor {

        @SuppressWarnings("rawtypes")
        WithoutBlanks(Class<? extends Collection> type) {
            super(type, true);
        }

        @Override
        public void setValue(Object value) {
            if (value instanceof String text && text.isBlank()) {
                super.setValue(null);
            } else if (value instanceof String[] texts) {
                super.setValue(Arrays.stream(texts).filter(text -> text != null && !text.isBlank())
                        .toArray(String[]::new));
            } else if (value instanceof Collection<?> values) {
                super.setValue(values.stream().filter(element -> element != null
                        && !(element instanceof String text && text.isBlank())).toList());
            } else {
                super.setValue(value);
            }
        }
    }
}

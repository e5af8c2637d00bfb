package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;

class FormInputCleaningTest {

    /** A form with the shapes the application's forms have. */
    public static class Choices {
        private Set<Long> ids = new LinkedHashSet<>();
        private List<String> names = List.of();
        private String text;

        public Set<Long> getIds() {
            return ids;
        }

        public void setIds(Set<Long> ids) {
            this.ids = ids;
        }

        public List<String> getNames() {
            return names;
        }

        public void setNames(List<String> names) {
            this.names = names;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private Choices bind(MutablePropertyValues values) {
        Choices form = new Choices();
        WebDataBinder binder = new WebDataBinder(form);
        new FormInputCleaning().clean(binder);
        binder.bind(values);
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        return form;
    }

    @Test
    void aBlankChoiceAmongOthersIsDroppedInsteadOfBecomingANull() {
        Choices form = bind(new MutablePropertyValues()
                .add("ids", new String[] {"4", "", "1", " "})
                .add("names", new String[] {"", "a"}));
        assertThat(form.getIds()).containsExactly(4L, 1L);
        assertThat(form.getNames()).containsExactly("a");
    }

    @Test
    void aSingleBlankChoiceIsNoChoice() {
        Choices form = bind(new MutablePropertyValues().add("ids", ""));
        assertThat(form.getIds()).isEmpty();
    }

    @Test
    void theNulCharacterIsDroppedFromText() {
        assertThat(bind(new MutablePropertyValues().add("text", "a\u0000b")).getText()).isEqualTo("ab");
    }
}

package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.agreement.FocusAreaCommand;
import se.samverkan.agreement.FocusAreaView;

/** A focus area: its title and the problem it addresses. */
public class FocusAreaForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 10000)
    private String description;

    private long version;

    static FocusAreaForm of(FocusAreaView area) {
        FocusAreaForm form = new FocusAreaForm();
        form.title = area.title();
        form.description = area.description();
        form.version = area.version();
        return form;
    }

    FocusAreaCommand toCommand() {
        return new FocusAreaCommand(title, description, version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

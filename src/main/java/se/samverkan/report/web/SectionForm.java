package se.samverkan.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.report.SectionCommand;
import se.samverkan.report.SectionText;
import se.samverkan.common.NoPersonalIdentityNumber;

/** A written section of a report (Markdown) with the version it was read at. */
public class SectionForm {

    static final int TEXT_LENGTH = 20_000;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @NoPersonalIdentityNumber
    private String sectionText;

    private long version;

    static SectionForm of(SectionText text) {
        SectionForm form = new SectionForm();
        form.setSectionText(text.body());
        form.setVersion(text.version());
        return form;
    }

    SectionCommand toCommand() {
        return new SectionCommand(sectionText, version);
    }

    public String getSectionText() {
        return sectionText;
    }

    public void setSectionText(String sectionText) {
        this.sectionText = sectionText;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

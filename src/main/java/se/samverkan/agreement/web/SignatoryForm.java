package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.agreement.SignatoryCommand;
import se.samverkan.agreement.SignatoryView;

/** A person who signed for a party, and when. */
public class SignatoryForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String jobTitle;

    @NotNull
    private Long organisationId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate signedOn;

    private long version;

    static SignatoryForm of(SignatoryView signatory) {
        SignatoryForm form = new SignatoryForm();
        form.name = signatory.name();
        form.jobTitle = signatory.title();
        form.organisationId = signatory.organisationId();
        form.signedOn = signatory.signedOn();
        form.version = signatory.version();
        return form;
    }

    SignatoryCommand toCommand() {
        return new SignatoryCommand(name, jobTitle, organisationId, signedOn, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

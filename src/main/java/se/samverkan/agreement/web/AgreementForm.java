package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.agreement.AgreementCommand;
import se.samverkan.agreement.AgreementView;

/** The agreement's own fields: title, parties, period, registration number, purpose, situational picture. */
public class AgreementForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    private Long municipalityId;

    @NotNull
    private Long policeAreaId;

    private Set<Long> partnerIds = new LinkedHashSet<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate periodStart;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate periodEnd;

    @Size(max = 50)
    private String registrationNumber;

    @Size(max = 10000)
    private String purpose;

    @Size(max = 20000)
    private String situationPicture;

    private long version;

    static AgreementForm of(AgreementView agreement) {
        AgreementForm form = new AgreementForm();
        form.title = agreement.title();
        form.municipalityId = agreement.municipality().id();
        form.policeAreaId = agreement.policeArea().id();
        form.partnerIds = new LinkedHashSet<>(agreement.partnerIds());
        form.periodStart = agreement.periodStart();
        form.periodEnd = agreement.periodEnd();
        form.registrationNumber = agreement.registrationNumber();
        form.purpose = agreement.purpose();
        form.situationPicture = agreement.situationPicture();
        form.version = agreement.version();
        return form;
    }

    AgreementCommand toCommand() {
        return new AgreementCommand(title, municipalityId, policeAreaId,
                FormIds.of(partnerIds), periodStart, periodEnd, registrationNumber,
                purpose, situationPicture, version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public Long getPoliceAreaId() {
        return policeAreaId;
    }

    public void setPoliceAreaId(Long policeAreaId) {
        this.policeAreaId = policeAreaId;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        this.partnerIds = partnerIds;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getSituationPicture() {
        return situationPicture;
    }

    public void setSituationPicture(String situationPicture) {
        this.situationPicture = situationPicture;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package se.samverkan.report.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.report.PresentationCommand;
import se.samverkan.report.Recipient;

/** "Presented to (recipient) on (date)", with the registration number of the case. */
public class PresentationForm {

    @NotNull
    private Recipient recipient;

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate presentedOn;

    @Size(max = 60)
    private String caseNumber;

    PresentationCommand toCommand() {
        return new PresentationCommand(recipient, presentedOn, caseNumber);
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public void setRecipient(Recipient recipient) {
        this.recipient = recipient;
    }

    public LocalDate getPresentedOn() {
        return presentedOn;
    }

    public void setPresentedOn(LocalDate presentedOn) {
        this.presentedOn = presentedOn;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}

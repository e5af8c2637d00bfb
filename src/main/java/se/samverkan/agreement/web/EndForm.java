package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;

/** Ending an agreement early or at the end of its period: when and why. */
public class EndForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate endedOn;

    @NotBlank
    @Size(max = 2000)
    private String endedReason;

    private long version;

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEndedReason() {
        return endedReason;
    }

    public void setEndedReason(String endedReason) {
        this.endedReason = endedReason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

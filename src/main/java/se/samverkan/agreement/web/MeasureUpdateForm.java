package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureUpdateCommand;
import se.samverkan.common.PlausibleDate;
import se.samverkan.common.NoPersonalIdentityNumber;

/** "Registrera uppdatering": the day, the measure's new status, how far it has come (optional) and what happened. */
public class MeasureUpdateForm {

    /** 0–100 with at most one decimal, a comma or a point, and an optional per cent sign: "40", "37,5 %". */
    static final String PERCENT = "^\\s*$|^\\s*(100([.,]0)?|[0-9]{1,2}([.,][0-9])?)\\s*%?\\s*$";

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate updateDate;

    @NotNull
    private MeasureStatus updateStatus;

    @Pattern(regexp = PERCENT)
    private String percentDone;

    @NotBlank
    @Size(max = 5000)
    @NoPersonalIdentityNumber
    private String updateComment;

    MeasureUpdateCommand toCommand() {
        String percent = percentDone == null ? null : percentDone.replace("%", "");
        return new MeasureUpdateCommand(updateDate, updateStatus, Decimals.parse(percent), updateComment);
    }

    public LocalDate getUpdateDate() {
        return updateDate;
    }

    public void setUpdateDate(LocalDate updateDate) {
        this.updateDate = updateDate;
    }

    public MeasureStatus getUpdateStatus() {
        return updateStatus;
    }

    public void setUpdateStatus(MeasureStatus updateStatus) {
        this.updateStatus = updateStatus;
    }

    public String getPercentDone() {
        return percentDone;
    }

    public void setPercentDone(String percentDone) {
        this.percentDone = percentDone;
    }

    public String getUpdateComment() {
        return updateComment;
    }

    public void setUpdateComment(String updateComment) {
        this.updateComment = updateComment;
    }
}

package se.samverkan.pledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.ResultCommand;

/** The year-end result of a pledge. */
public class ResultForm {

    @NotBlank
    @Size(max = PledgeForm.TEXT_LENGTH)
    private String done;

    @NotBlank
    @Size(max = PledgeForm.TEXT_LENGTH)
    private String achieved;

    @NotNull
    private Boolean continues;

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate writtenOn;

    private long version;

    static ResultForm of(PledgeDocument pledge, LocalDate today) {
        ResultForm form = new ResultForm();
        form.version = pledge.version();
        form.writtenOn = today;
        if (pledge.result() != null) {
            form.done = pledge.result().done();
            form.achieved = pledge.result().achieved();
            form.continues = pledge.result().continues();
            form.writtenOn = pledge.result().writtenOn();
        }
        return form;
    }

    ResultCommand toCommand() {
        return new ResultCommand(done, achieved, continues, writtenOn, version);
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getAchieved() {
        return achieved;
    }

    public void setAchieved(String achieved) {
        this.achieved = achieved;
    }

    public Boolean getContinues() {
        return continues;
    }

    public void setContinues(Boolean continues) {
        this.continues = continues;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public void setWrittenOn(LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

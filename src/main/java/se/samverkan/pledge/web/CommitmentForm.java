package se.samverkan.pledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.pledge.CommitmentCommand;

/** One commitment: what is done, by which party, optionally as part of one of the agreement's measures. */
public class CommitmentForm {

    @NotBlank
    @Size(max = 1000)
    private String commitment;

    @NotNull
    private Long responsibleId;

    private Long measureId;

    private long version;

    static CommitmentForm of(CommitmentCommand command) {
        CommitmentForm form = new CommitmentForm();
        form.commitment = command.description();
        form.responsibleId = command.responsibleId();
        form.measureId = command.measureId();
        form.version = command.version();
        return form;
    }

    CommitmentCommand toCommand() {
        return new CommitmentCommand(commitment, responsibleId, measureId, version);
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public void setMeasureId(Long measureId) {
        this.measureId = measureId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

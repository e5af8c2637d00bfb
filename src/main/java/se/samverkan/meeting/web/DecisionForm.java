package se.samverkan.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.meeting.DecisionCommand;
import se.samverkan.meeting.DecisionSubject;
import se.samverkan.common.NoPersonalIdentityNumber;

/** A decision and, optionally, the focus area, goal or measure it concerns ("goal-12"). */
public class DecisionForm {

    @NotBlank
    @Size(max = 5000)
    @NoPersonalIdentityNumber
    private String decisionText;

    private String decisionSubject;

    /** The command; {@link IllegalArgumentException} when the subject is not a value the form offers. */
    DecisionCommand toCommand() {
        return new DecisionCommand(decisionText, DecisionSubject.parse(decisionSubject));
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }

    public String getDecisionSubject() {
        return decisionSubject;
    }

    public void setDecisionSubject(String decisionSubject) {
        this.decisionSubject = decisionSubject;
    }
}

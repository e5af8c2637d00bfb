package se.samverkan.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.common.NoPersonalIdentityNumber;

/** A coordinator's answer to a review comment; {@code resolve} also marks the comment resolved. */
public class AnswerForm {

    @NotBlank
    @Size(max = CommentForm.TEXT_LENGTH)
    @NoPersonalIdentityNumber
    private String answerText;

    private boolean resolve;

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public boolean isResolve() {
        return resolve;
    }

    public void setResolve(boolean resolve) {
        this.resolve = resolve;
    }
}

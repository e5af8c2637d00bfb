package se.samverkan.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.common.NoPersonalIdentityNumber;

/** A review comment on a section. */
public class CommentForm {

    static final int TEXT_LENGTH = 4_000;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @NoPersonalIdentityNumber
    private String commentText;

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }
}

package se.samverkan.agreement.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import se.samverkan.agreement.AttachmentKind;

/** What the upload form posts: the kind of attachment and the file. Size and type are checked by the service. */
class AttachmentForm {

    private AttachmentKind kind;
    private MultipartFile file;

    /** Both fields are needed; the messages say which one is missing. */
    void check(BindingResult result) {
        if (kind == null && !result.hasFieldErrors("kind")) {
            result.rejectValue("kind", "attachment.kind.missing");
        }
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            result.rejectValue("file", "attachment.file.missing");
        }
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public void setKind(AttachmentKind kind) {
        this.kind = kind;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}

package se.samverkan.agreement.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AttachmentDownload;
import se.samverkan.agreement.AttachmentKind;
import se.samverkan.agreement.AttachmentRejectedException;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AttachmentService;
import se.samverkan.security.SamverkanUser;

/** Upload, download and removal of an agreement's attachments. The list is a fragment of the agreement page. */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/bilagor")
class AttachmentController {

    static final String FORM = "agreement/attachment-form";
    private static final String REMOVE = "agreement/attachment-remove";

    private final AttachmentService attachments;
    private final AgreementReader reader;

    AttachmentController(AttachmentService attachments, AgreementReader reader) {
        this.attachments = attachments;
        this.reader = reader;
    }

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "file");
    }

    @ModelAttribute("kinds")
    AttachmentKind[] kinds() {
        return AttachmentKind.values();
    }

    @GetMapping("/ny")
    String uploadForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, Model model) {
        model.addAttribute("agreement", reader.editable(user, agreementId));
        model.addAttribute("form", new AttachmentForm());
        return FORM;
    }

    @PostMapping("/ny")
    String upload(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @ModelAttribute("form") AttachmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) throws IOException {
        // Strangers get 404, readers 403, before anything about the file is said.
        model.addAttribute("agreement", reader.editable(user, agreementId));
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            attachments.upload(user, agreementId, form.getKind(), form.getFile().getOriginalFilename(),
                    form.getFile().getBytes());
        } catch (AttachmentRejectedException e) {
            result.rejectValue("file", e.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("saved", "attachment.saved");
        return toAttachments(agreementId);
    }

    /** Always as a download, never shown in the browser: a file is only as harmless as the program that opens it. */
    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                                    @PathVariable long attachmentId) {
        AttachmentDownload file = attachments.download(user, agreementId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build()
                                .toString())
                // Agreements are not public: no shared cache and no copy left on a shared computer.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @GetMapping("/{attachmentId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long attachmentId, Model model) {
        model.addAttribute("agreement", reader.editable(user, agreementId));
        model.addAttribute("attachment", attachments.get(user, agreementId, attachmentId));
        return REMOVE;
    }

    @PostMapping("/{attachmentId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long attachmentId, RedirectAttributes redirect) {
        attachments.remove(user, agreementId, attachmentId);
        redirect.addFlashAttribute("saved", "attachment.removed");
        return toAttachments(agreementId);
    }

    private static String toAttachments(long agreementId) {
        return "redirect:/overenskommelser/" + agreementId + "#bilagor";
    }
}

package se.samverkan.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import se.samverkan.agreement.AttachmentKind;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.ConflictException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * A file over the multipart limit (spring.servlet.multipart.*) fails while the request is read, before a controller
 * is chosen (see {@link RefusedUploadFilter} for how it gets that far). Only an advice for all controllers sees that
 * exception: one limited to {@link AttachmentController} would not. The upload page is shown again with 413 and the
 * message in its error summary; any other address gets the error page with the same message.
 */
@ControllerAdvice
class UploadTooLarge {

    private static final Pattern UPLOAD_PATH = Pattern.compile("/overenskommelser/(\\d{1,18})/bilagor/ny");
    private static final String MESSAGE = "attachment.file.tooLarge";

    private final AgreementReader reader;

    UploadTooLarge(AgreementReader reader) {
        this.reader = reader;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, @AuthenticationPrincipal SamverkanUser user) {
        Matcher upload = UPLOAD_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (user != null && upload.matches()) {
            try {
                return uploadPage(user, Long.parseLong(upload.group(1)));
            } catch (NotFoundException | AccessDeniedException | ConflictException e) {
                // Not the user's to change: the plain error page below says no more than that the file was too large.
            }
        }
        return new ModelAndView("error/page", Map.of("errorCode", "4xx", "errorDetail", MESSAGE),
                HttpStatus.CONTENT_TOO_LARGE);
    }

    private ModelAndView uploadPage(SamverkanUser user, long agreementId) {
        AttachmentForm form = new AttachmentForm();
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        result.rejectValue("file", MESSAGE);
        ModelAndView view = new ModelAndView(AttachmentController.FORM, HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("agreement", reader.editable(user, agreementId));
        view.addObject("form", form);
        view.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        view.addObject("kinds", AttachmentKind.values());
        return view;
    }
}

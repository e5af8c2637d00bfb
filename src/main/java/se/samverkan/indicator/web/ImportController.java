package se.samverkan.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.indicator.ImportRefusedException;
import se.samverkan.indicator.ImportResult;
import se.samverkan.indicator.ImportText;
import se.samverkan.indicator.IndicatorImport;
import se.samverkan.security.SamverkanUser;

/**
 * Import of measured values from CSV: the form (a file or pasted text) → a preview of every row → confirm. The
 * preview saves nothing; its page carries the text in a hidden field, and confirming reads and checks it again.
 */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/indikatorer/import")
class ImportController {

    static final String FORM = "indicator/import";
    static final String PREVIEW = "indicator/import-preview";

    private final AgreementReader agreements;
    private final IndicatorImport imports;

    ImportController(AgreementReader agreements, IndicatorImport imports) {
        this.agreements = agreements;
        this.imports = imports;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, Model model) {
        model.addAttribute("agreement", agreements.editable(user, agreementId));
        return FORM;
    }

    @PostMapping
    String preview(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                   @RequestParam(name = "file", required = false) MultipartFile file,
                   @RequestParam(name = "csvText", required = false) String pasted,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("agreement", agreements.editable(user, agreementId));
        model.addAttribute("csvText", pasted);
        String text;
        try {
            text = text(file, pasted, request);
            model.addAttribute("csvText", text);
            model.addAttribute("preview", imports.preview(user, agreementId, text));
        } catch (ImportRefusedException e) {
            return refused(e, model, response);
        }
        return PREVIEW;
    }

    @PostMapping("/spara")
    String confirm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                   @RequestParam(name = "csvText", required = false) String text, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("agreement", agreements.editable(user, agreementId));
        ImportResult result;
        try {
            if (request.getAttribute(ImportSizeFilter.REFUSED) != null) {
                throw tooLarge();
            }
            result = imports.confirm(user, agreementId, text);
        } catch (ImportRefusedException e) {
            model.addAttribute("csvText", null);
            return refused(e, model, response);
        }
        redirect.addFlashAttribute("importResult", result);
        return "redirect:/overenskommelser/" + agreementId + "#indikatorer";
    }

    /** The uploaded file's text if one was chosen, otherwise the pasted text; refused when it is both or neither. */
    private static String text(MultipartFile file, String pasted, HttpServletRequest request) {
        if (request.getAttribute(ImportSizeFilter.REFUSED) != null) {
            throw tooLarge();
        }
        boolean hasFile = file != null && !file.isEmpty();
        boolean hasText = pasted != null && !pasted.isBlank();
        if (hasFile && hasText) {
            throw new ImportRefusedException("import.both", null);
        }
        if (!hasFile) {
            if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                throw new ImportRefusedException("import.empty", null);
            }
            return ImportText.checked(hasText ? pasted : null);
        }
        if (file.getSize() > ImportText.MAX_BYTES) {
            throw tooLarge();
        }
        try {
            return ImportText.decode(file.getBytes());
        } catch (IOException e) {
            throw new ImportRefusedException("import.unreadable", null);
        }
    }

    private static ImportRefusedException tooLarge() {
        return new ImportRefusedException("import.tooLarge", ImportText.MAX_BYTES / 1024);
    }

    private static String refused(ImportRefusedException e, Model model, HttpServletResponse response) {
        model.addAttribute("refusal", e);
        response.setStatus(e.messageKey().equals("import.tooLarge") ? HttpStatus.CONTENT_TOO_LARGE.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return FORM;
    }
}

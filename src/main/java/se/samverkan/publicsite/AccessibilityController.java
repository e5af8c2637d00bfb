package se.samverkan.publicsite;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement (tillgänglighetsredogörelse) that the law requires of public-sector sites. */
@Controller
class AccessibilityController {

    /** When the statement was last reviewed; change it together with the text. */
    static final LocalDate STATEMENT_DATE = LocalDate.of(2026, 7, 1);

    private final String contactEmail;

    AccessibilityController(@Value("${samverkan.accessibility.contact-email}") String contactEmail) {
        this.contactEmail = contactEmail;
    }

    @GetMapping("/tillganglighet")
    String show(Model model) {
        model.addAttribute("contactEmail", contactEmail);
        model.addAttribute("statementDate", STATEMENT_DATE);
        return "public/accessibility";
    }
}

package se.samverkan.report.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.report.ReportLinks;
import se.samverkan.report.ReportStateException;
import se.samverkan.report.SectionKey;
import se.samverkan.common.NotFoundException;

/** What the report controllers share: where they send the user back to, and the checks before a form. */
final class ReportViews {

    private ReportViews() {
    }

    /** Back to the report page with a confirmation banner, scrolled to {@code anchor} when given. */
    static String redirect(RedirectAttributes redirect, long agreementId, int year, String savedKey, String anchor) {
        redirect.addFlashAttribute("saved", savedKey);
        return "redirect:" + ReportLinks.path(agreementId, year) + (anchor == null ? "" : "#" + anchor);
    }

    /** A form the report's state does not offer (a frozen report, or a step that is not due) answers 409. */
    static void require(boolean allowed) {
        if (!allowed) {
            throw new ReportStateException("report.state.notNow");
        }
    }

    static SectionKey section(String path) {
        SectionKey key = SectionKey.parse(path);
        if (key == null) {
            throw new NotFoundException("Report section", path);
        }
        return key;
    }
}

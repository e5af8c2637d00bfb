package se.samverkan.situation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.situation.SituationService;
import se.samverkan.security.SamverkanUser;

/** "Används som underlag för": the focus areas and pledges based on a picture. */
@Controller
@RequestMapping("/lagesbilder/{pictureId}/underlag")
class CitationController {

    private static final String ANCHOR = "underlag";

    private final SituationService pictures;

    CitationController(SituationService pictures) {
        this.pictures = pictures;
    }

    @PostMapping
    String cite(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                @RequestParam(name = "citation", required = false) String choice, RedirectAttributes redirect) {
        try {
            pictures.cite(user, pictureId, choice);
            redirect.addFlashAttribute("saved", "citation.saved");
        } catch (FieldRejectedException e) {
            redirect.addFlashAttribute("warning", e.messageKey());
        }
        return SituationLinks.redirectTo(pictureId, ANCHOR);
    }

    @PostMapping("/{citationId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                  @PathVariable long citationId, RedirectAttributes redirect) {
        pictures.removeCitation(user, pictureId, citationId);
        redirect.addFlashAttribute("saved", "citation.removed");
        return SituationLinks.redirectTo(pictureId, ANCHOR);
    }
}

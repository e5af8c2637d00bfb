package se.samverkan.situation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.common.FormConflict;
import se.samverkan.situation.HotspotCategory;
import se.samverkan.situation.PictureDocument;
import se.samverkan.situation.SituationReader;
import se.samverkan.situation.SituationService;
import se.samverkan.security.SamverkanUser;

/** The hotspots of a picture: adding, changing and removing one. */
@Controller
@RequestMapping("/lagesbilder/{pictureId}/platser")
class HotspotController {

    private static final String FORM = "situation/hotspot-form";

    private final SituationReader reader;
    private final SituationService pictures;

    HotspotController(SituationReader reader, SituationService pictures) {
        this.reader = reader;
        this.pictures = pictures;
    }

    /** Strangers get 404 and readers 403 before any form is bound. */
    @ModelAttribute("picture")
    PictureDocument picture(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId) {
        return reader.editable(user, pictureId);
    }

    @ModelAttribute("categories")
    HotspotCategory[] categories() {
        return HotspotCategory.values();
    }

    @GetMapping("/ny")
    String createForm(Model model) {
        model.addAttribute("form", new HotspotForm());
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                  @Valid @ModelAttribute("form") HotspotForm form, BindingResult result,
                  RedirectAttributes redirect) {
        form.checkCoordinates(result);
        if (result.hasErrors()) {
            return FORM;
        }
        long id = pictures.addHotspot(user, pictureId, form.toCommand());
        redirect.addFlashAttribute("saved", "hotspot.saved");
        return SituationLinks.redirectTo(pictureId, "plats-" + id);
    }

    @GetMapping("/{hotspotId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                    @PathVariable long hotspotId, Model model) {
        model.addAttribute("form", HotspotForm.of(reader.hotspot(user, pictureId, hotspotId)));
        model.addAttribute("hotspotId", hotspotId);
        return FORM;
    }

    @PostMapping("/{hotspotId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                  @PathVariable long hotspotId, @Valid @ModelAttribute("form") HotspotForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("hotspotId", hotspotId);
        form.checkCoordinates(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            pictures.updateHotspot(user, pictureId, hotspotId, form.toCommand());
        } catch (OptimisticLockingFailureException e) {
            HotspotForm current = HotspotForm.of(reader.hotspot(user, pictureId, hotspotId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "hotspot.saved");
        return SituationLinks.redirectTo(pictureId, "plats-" + hotspotId);
    }

    @GetMapping("/{hotspotId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                      @PathVariable long hotspotId, Model model) {
        model.addAttribute("hotspot", reader.hotspot(user, pictureId, hotspotId));
        model.addAttribute("hotspotId", hotspotId);
        return "situation/hotspot-remove";
    }

    @PostMapping("/{hotspotId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                  @PathVariable long hotspotId, RedirectAttributes redirect) {
        pictures.removeHotspot(user, pictureId, hotspotId);
        redirect.addFlashAttribute("saved", "hotspot.removed");
        return SituationLinks.redirectTo(pictureId, "platser");
    }
}

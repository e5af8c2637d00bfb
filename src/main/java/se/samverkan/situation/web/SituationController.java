package se.samverkan.situation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.Option;
import se.samverkan.common.PlausibleDateValidator;
import se.samverkan.situation.PeriodType;
import se.samverkan.situation.PictureDocument;
import se.samverkan.situation.PictureFilter;
import se.samverkan.situation.SituationReader;
import se.samverkan.situation.SituationService;
import se.samverkan.security.SamverkanUser;

/** The situational pictures: the list, one picture, compiling and changing one. */
@Controller
@RequestMapping("/lagesbilder")
class SituationController {

    private static final String FORM = "situation/form";
    private static final int YEARS_BACK = 6;

    private final SituationReader reader;
    private final SituationService pictures;
    private final Clock clock;

    SituationController(SituationReader reader, SituationService pictures, Clock clock) {
        this.reader = reader;
        this.pictures = pictures;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SamverkanUser user,
                @RequestParam(name = "typ", required = false) PeriodType type,
                @RequestParam(name = "ar", required = false) Integer year,
                @RequestParam(name = "kommun", required = false) Long municipalityId, Pageable pageable,
                Model model) {
        if (year != null && !PlausibleDateValidator.plausibleYear(year)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Year out of range");
        }
        PictureFilter filter = new PictureFilter(municipalityId, type, year);
        List<OrganisationRef> municipalities = reader.municipalityChoices(user);
        model.addAttribute("page", reader.list(user, filter, pageable));
        model.addAttribute("filter", filter);
        model.addAttribute("types", PeriodType.values());
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("years", IntStream.rangeClosed(0, YEARS_BACK).map(back -> thisYear - back).boxed()
                .toList());
        model.addAttribute("municipalities", municipalities);
        String query = UriComponentsBuilder.newInstance()
                .queryParamIfPresent("typ", Optional.ofNullable(type))
                .queryParamIfPresent("ar", Optional.ofNullable(year))
                .queryParamIfPresent("kommun", Optional.ofNullable(municipalityId))
                .build().getQuery();
        model.addAttribute("query", query == null ? "" : query + "&");
        return "situation/list";
    }

    @GetMapping("/{pictureId}")
    String show(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId, Model model) {
        PictureDocument picture = reader.document(user, pictureId);
        model.addAttribute("picture", picture);
        if (picture.editable()) {
            model.addAttribute("citationChoices", reader.citationChoices(user, pictureId));
        }
        return "situation/show";
    }

    @GetMapping("/ny")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String createForm(@AuthenticationPrincipal SamverkanUser user,
                      @RequestParam(name = "kommun", required = false) Long municipalityId, Model model) {
        if (municipalityId == null) {
            List<OrganisationRef> choices = reader.municipalityChoices(user);
            if (choices.size() != 1) {
                model.addAttribute("municipalities", choices);
                return "situation/choose-municipality";
            }
            municipalityId = choices.get(0).id();
        }
        OrganisationRef municipality = reader.municipality(user, municipalityId);
        PictureForm form = new PictureForm();
        form.setPictureType(PeriodType.MONTH);
        form.setPictureDate(LocalDate.now(clock).withDayOfMonth(1));
        form.getCompilerIds().add(municipality.id());
        if (reader.compilerChoices(user, municipality.id()).stream()
                .anyMatch(choice -> choice.id() == user.organisationId())) {
            form.getCompilerIds().add(user.organisationId());
        }
        return form(user, model, municipality, form);
    }

    @PostMapping("/ny")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String create(@AuthenticationPrincipal SamverkanUser user, @RequestParam(name = "kommun") long municipalityId,
                  @Valid @ModelAttribute("form") PictureForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        OrganisationRef municipality = reader.municipality(user, municipalityId);
        if (result.hasErrors()) {
            return form(user, model, municipality, form);
        }
        try {
            long id = pictures.create(user, municipalityId, form.toCommand());
            redirect.addFlashAttribute("saved", "situation.created");
            return SituationLinks.redirectTo(id, null);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return form(user, model, municipality, form);
        }
    }

    @GetMapping("/{pictureId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId, Model model) {
        PictureDocument picture = reader.editable(user, pictureId);
        model.addAttribute("picture", picture);
        return form(user, model, picture.municipality(), PictureForm.of(picture));
    }

    @PostMapping("/{pictureId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pictureId,
                  @Valid @ModelAttribute("form") PictureForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        PictureDocument picture = reader.editable(user, pictureId);
        model.addAttribute("picture", picture);
        if (result.hasErrors()) {
            return form(user, model, picture.municipality(), form);
        }
        try {
            pictures.update(user, pictureId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return form(user, model, picture.municipality(), form);
        } catch (OptimisticLockingFailureException e) {
            PictureForm current = PictureForm.of(reader.document(user, pictureId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return form(user, model, picture.municipality(), form);
        }
        redirect.addFlashAttribute("saved", "situation.saved");
        return SituationLinks.redirectTo(pictureId, null);
    }

    private String form(SamverkanUser user, Model model, OrganisationRef municipality, PictureForm form) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("compilers", reader.compilerChoices(user, municipality.id()).stream()
                .map(party -> new Option(party.id(), party.name())).toList());
        model.addAttribute("types", PeriodType.values());
        model.addAttribute("form", form);
        return FORM;
    }
}

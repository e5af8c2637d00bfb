package se.samverkan.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementPanels;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.FormDates;
import se.samverkan.common.Option;
import se.samverkan.common.PlausibleDateValidator;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.security.SamverkanUser;

/** The list of agreements, the agreement as a document, its own form and its history. */
@Controller
@RequestMapping("/overenskommelser")
class AgreementController {

    private static final String FORM = "agreement/form";
    /** Readers and steering-group members read agreements; coordinators and administrators write them. */
    private static final String MAY_CREATE = "hasAnyRole('COORDINATOR', 'ADMIN')";

    private final AgreementReader reader;
    private final AgreementService agreements;
    private final OrganisationOptions organisationOptions;
    private final Clock clock;
    private final ObjectProvider<AgreementPanels> panels;

    AgreementController(AgreementReader reader, AgreementService agreements, OrganisationOptions organisationOptions,
                        Clock clock, ObjectProvider<AgreementPanels> panels) {
        this.reader = reader;
        this.agreements = agreements;
        this.organisationOptions = organisationOptions;
        this.clock = clock;
        this.panels = panels;
    }

    @InitBinder("form")
    void refuseId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@AuthenticationPrincipal SamverkanUser user,
                @RequestParam(name = "kommun", required = false) Long municipalityId,
                @RequestParam(required = false) AgreementStatus status,
                @RequestParam(name = "ar", required = false) Integer year,
                Pageable pageable, Model model) {
        if (year != null && !PlausibleDateValidator.plausibleYear(year)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Year out of range");
        }
        AgreementFilter filter = new AgreementFilter(municipalityId, status, year);
        model.addAttribute("page", reader.list(user, filter, pageable));
        model.addAttribute("filter", filter);
        model.addAttribute("query", filterQuery(filter));
        model.addAttribute("municipalities", organisationOptions.of(OrganisationKind.MUNICIPALITY));
        model.addAttribute("statuses", AgreementStatus.values());
        int thisYear = Year.now(clock).getValue();
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 10, thisYear + 4).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        return "agreement/list";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Model model) {
        AgreementReader.AgreementPage page = reader.page(user, id, panels.orderedStream());
        model.addAttribute("document", page.document());
        model.addAttribute("panels", page.panels());
        return "agreement/show";
    }

    @GetMapping("/{id}/historik")
    String history(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Pageable pageable,
                   Model model) {
        model.addAttribute("agreement", reader.get(user, id));
        model.addAttribute("page", reader.history(user, id, pageable));
        return "agreement/history";
    }

    @GetMapping("/ny")
    @PreAuthorize(MAY_CREATE)
    String createForm(Model model) {
        addOptions(model);
        model.addAttribute("form", new AgreementForm());
        return FORM;
    }

    @PostMapping("/ny")
    @PreAuthorize(MAY_CREATE)
    String create(@AuthenticationPrincipal SamverkanUser user, @Valid @ModelAttribute("form") AgreementForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        addOptions(model);
        FormDates.checkOrder(form.getPeriodStart(), form.getPeriodEnd(), "periodEnd", result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = agreements.create(user, form.toCommand());
            redirect.addFlashAttribute("saved", "agreement.created");
            return "redirect:/overenskommelser/" + id;
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }

    @GetMapping("/{id}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Model model) {
        var agreement = reader.editable(user, id);
        addOptions(model);
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", AgreementForm.of(agreement));
        return FORM;
    }

    @PostMapping("/{id}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("agreement", reader.editable(user, id));
        addOptions(model);
        FormDates.checkOrder(form.getPeriodStart(), form.getPeriodEnd(), "periodEnd", result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            agreements.update(user, id, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            AgreementForm current = AgreementForm.of(reader.editable(user, id));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "agreement.saved");
        return "redirect:/overenskommelser/" + id;
    }

    private void addOptions(Model model) {
        Map<OrganisationKind, List<Option>> byKind = organisationOptions.byKind();
        model.addAttribute("municipalities", byKind.getOrDefault(OrganisationKind.MUNICIPALITY, List.of()));
        model.addAttribute("policeAreas", byKind.getOrDefault(OrganisationKind.POLICE_AREA, List.of()));
        model.addAttribute("partners", byKind.getOrDefault(OrganisationKind.PARTNER, List.of()));
    }

    /** The filters as query parameters for the pagination links, e.g. "kommun=3&status=ACTIVE&". */
    private static String filterQuery(AgreementFilter filter) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (filter.municipalityId() != null) {
            builder.queryParam("kommun", filter.municipalityId());
        }
        if (filter.status() != null) {
            builder.queryParam("status", filter.status());
        }
        if (filter.year() != null) {
            builder.queryParam("ar", filter.year());
        }
        String query = builder.build().getQuery();
        return query == null ? "" : query + "&";
    }
}

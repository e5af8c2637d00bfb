package se.samverkan.pledge.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.util.UriComponentsBuilder;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.FormDates;
import se.samverkan.common.Option;
import se.samverkan.common.PagePanel;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PledgePanels;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.PledgeStatus;
import se.samverkan.security.SamverkanUser;

/** The staff's pledge pages: the list, one pledge, writing and changing it, and the preview of its public page. */
@Controller
@RequestMapping("/loften")
class PledgeController {

    private static final String FORM = "pledge/form";

    private final PledgeReader reader;
    private final PledgeService pledges;
    private final AgreementReader agreements;
    private final Clock clock;
    private final ObjectProvider<PledgePanels> panels;

    PledgeController(PledgeReader reader, PledgeService pledges, AgreementReader agreements, Clock clock,
                     ObjectProvider<PledgePanels> panels) {
        this.reader = reader;
        this.pledges = pledges;
        this.agreements = agreements;
        this.clock = clock;
        this.panels = panels;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SamverkanUser user,
                @RequestParam(name = "status", required = false) PledgeStatus status,
                @RequestParam(name = "overenskommelse", required = false) Long agreementId, Pageable pageable,
                Model model) {
        PledgeFilter filter = new PledgeFilter(null, status, null, null);
        if (agreementId != null) {
            model.addAttribute("agreement", agreements.get(user, agreementId));
        }
        model.addAttribute("page", reader.list(user, filter, agreementId, pageable));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", PledgeStatus.values());
        String query = UriComponentsBuilder.newInstance()
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("overenskommelse", Optional.ofNullable(agreementId))
                .build().getQuery();
        model.addAttribute("query", query == null ? "" : query + "&");
        model.addAttribute("agreementChoices", reader.agreementChoices(user));
        return "pledge/list";
    }

    @GetMapping("/{pledgeId}")
    String show(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId, Model model) {
        PledgeDocument pledge = reader.document(user, pledgeId);
        model.addAttribute("pledge", pledge);
        model.addAttribute("panels", PagePanel.collect(panels.orderedStream(),
                contributor -> contributor.panel(user, pledge)));
        if (pledge.editable() && pledge.status() == PledgeStatus.DRAFT) {
            model.addAttribute("missing", pledges.missingForPublication(user, pledgeId));
        }
        return "pledge/show";
    }

    /** Exactly the public page, from the same template, with a banner saying residents cannot see it yet. */
    @GetMapping("/{pledgeId}/forhandsvisning")
    String preview(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId, Model model) {
        model.addAttribute("pledge", reader.document(user, pledgeId));
        model.addAttribute("preview", true);
        return "public/pledge";
    }

    @GetMapping("/ny")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String createForm(@AuthenticationPrincipal SamverkanUser user,
                      @RequestParam(name = "overenskommelse", required = false) Long agreementId, Model model) {
        if (agreementId == null) {
            return chooseAgreement(user, model);
        }
        AgreementView agreement = agreements.get(user, agreementId);
        PledgeForm form = new PledgeForm();
        int year = LocalDate.now(clock).getYear() + 1;
        form.setPeriodStart(LocalDate.of(year, 1, 1));
        form.setPeriodEnd(LocalDate.of(year, 12, 31));
        return form(model, agreement, form);
    }

    @PostMapping("/ny")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String create(@AuthenticationPrincipal SamverkanUser user,
                  @RequestParam(name = "overenskommelse") long agreementId,
                  @Valid @ModelAttribute("form") PledgeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        AgreementView agreement = agreements.get(user, agreementId);
        FormDates.checkOrder(form.getPeriodStart(), form.getPeriodEnd(), "periodEnd", result);
        if (result.hasErrors()) {
            return form(model, agreement, form);
        }
        try {
            long id = pledges.create(user, agreementId, form.toCommand());
            redirect.addFlashAttribute("saved", "pledge.created");
            warnOutsideAgreement(agreement, form, redirect);
            return PledgeLinks.redirectTo(id, null);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return form(model, agreement, form);
        }
    }

    @GetMapping("/{pledgeId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId, Model model) {
        PledgeDocument pledge = reader.editable(user, pledgeId);
        PledgeStates.requireNotCompleted(pledge);
        model.addAttribute("pledge", pledge);
        return form(model, agreements.get(user, pledge.agreementId()), PledgeForm.of(pledge));
    }

    @PostMapping("/{pledgeId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  @Valid @ModelAttribute("form") PledgeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        PledgeDocument pledge = reader.editable(user, pledgeId);
        model.addAttribute("pledge", pledge);
        AgreementView agreement = agreements.get(user, pledge.agreementId());
        FormDates.checkOrder(form.getPeriodStart(), form.getPeriodEnd(), "periodEnd", result);
        if (result.hasErrors()) {
            return form(model, agreement, form);
        }
        try {
            pledges.update(user, pledgeId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return form(model, agreement, form);
        } catch (OptimisticLockingFailureException e) {
            PledgeForm current = PledgeForm.of(reader.document(user, pledgeId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return form(model, agreement, form);
        }
        redirect.addFlashAttribute("saved", "pledge.saved");
        warnOutsideAgreement(agreement, form, redirect);
        return PledgeLinks.redirectTo(pledgeId, null);
    }

    /** Allowed (an agreement may be renewed), but worth pointing out. */
    private static void warnOutsideAgreement(AgreementView agreement, PledgeForm form, RedirectAttributes redirect) {
        if (form.getPeriodStart().isBefore(agreement.periodStart()) || form.getPeriodEnd().isAfter(agreement.periodEnd())) {
            redirect.addFlashAttribute("warning", "pledge.datesOutsideAgreement");
        }
    }

    private String form(Model model, AgreementView agreement, PledgeForm form) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("partners", agreement.partners().stream()
                .map(partner -> new Option(partner.id(), partner.name())).toList());
        model.addAttribute("form", form);
        return FORM;
    }

    private String chooseAgreement(SamverkanUser user, Model model) {
        List<AgreementSummary> choices = reader.agreementChoices(user);
        model.addAttribute("agreementChoices", choices);
        return "pledge/choose-agreement";
    }
}

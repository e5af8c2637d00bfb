package se.samverkan.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.common.LineChart;
import se.samverkan.common.Option;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.IndicatorChart;
import se.samverkan.indicator.GeographicLevel;
import se.samverkan.indicator.IndicatorCsv;
import se.samverkan.indicator.IndicatorPage;
import se.samverkan.indicator.IndicatorReader;
import se.samverkan.indicator.IndicatorService;
import se.samverkan.indicator.IndicatorSource;
import se.samverkan.security.SamverkanUser;

/** An agreement's indicators: the page of one, the form to create and edit, removal, and the CSV export. */
@Controller
@RequestMapping("/overenskommelser/{agreementId}")
class IndicatorController {

    private static final String FORM = "indicator/form";

    private final AgreementReader agreements;
    private final IndicatorReader reader;
    private final IndicatorService indicators;
    private final MessageSource messages;

    IndicatorController(AgreementReader agreements, IndicatorReader reader, IndicatorService indicators,
                        MessageSource messages) {
        this.agreements = agreements;
        this.reader = reader;
        this.indicators = indicators;
        this.messages = messages;
    }

    @InitBinder("form")
    void refuseIds(WebDataBinder binder) {
        binder.setDisallowedFields("id", "agreementId");
    }

    @GetMapping("/indikatorer/{indicatorId}")
    String show(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                @PathVariable long indicatorId, Model model, Locale locale) {
        IndicatorPage page = reader.page(user, agreementId, indicatorId);
        model.addAttribute("page", page);
        model.addAttribute("agreement", page.agreement());
        model.addAttribute("chart", IndicatorChart.of(page, messages, locale));
        return "indicator/show";
    }

    @GetMapping("/indikatorer/ny")
    String createForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, Model model) {
        formPage(user, agreementId, model);
        IndicatorForm form = new IndicatorForm();
        form.setGeographicLevel(GeographicLevel.MUNICIPALITY);
        form.setMeasuringFrequency(Frequency.YEAR);
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/indikatorer/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        formPage(user, agreementId, model);
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = indicators.create(user, agreementId, form.toCommand());
            redirect.addFlashAttribute("saved", "indicator.saved");
            return IndicatorLinks.redirectToIndicator(agreementId, id, null);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }

    @GetMapping("/indikatorer/{indicatorId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long indicatorId, Model model) {
        formPage(user, agreementId, model);
        model.addAttribute("form", IndicatorForm.of(indicators.get(user, agreementId, indicatorId)));
        model.addAttribute("indicatorId", indicatorId);
        return FORM;
    }

    @PostMapping("/indikatorer/{indicatorId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long indicatorId, @Valid @ModelAttribute("form") IndicatorForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        formPage(user, agreementId, model);
        indicators.get(user, agreementId, indicatorId);
        model.addAttribute("indicatorId", indicatorId);
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            indicators.update(user, agreementId, indicatorId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            IndicatorForm current = IndicatorForm.of(indicators.get(user, agreementId, indicatorId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "indicator.saved");
        return IndicatorLinks.redirectToIndicator(agreementId, indicatorId, null);
    }

    @GetMapping("/indikatorer/{indicatorId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long indicatorId, Model model) {
        model.addAttribute("agreement", agreements.editable(user, agreementId));
        String path = IndicatorLinks.indicator(agreementId, indicatorId);
        return IndicatorLinks.confirmRemoval(model, "indicator.remove",
                indicators.get(user, agreementId, indicatorId).name(), path + "/ta-bort", path);
    }

    @PostMapping("/indikatorer/{indicatorId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long indicatorId, RedirectAttributes redirect) {
        indicators.remove(user, agreementId, indicatorId);
        redirect.addFlashAttribute("saved", "indicator.removed");
        return IndicatorLinks.redirectToAgreement(agreementId);
    }

    /** All indicators and values of the agreement, for a spreadsheet. */
    @GetMapping("/indikatorer.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                                  Locale locale) {
        String csv = IndicatorCsv.write(reader.withValues(user, agreementId),
                key -> messages.getMessage(key, null, key, locale));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indikatorer-" + agreementId + ".csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The agreement (404 for strangers, 403 for readers) and the choices of the form. */
    private void formPage(SamverkanUser user, long agreementId, Model model) {
        AgreementView agreement = agreements.editable(user, agreementId);
        model.addAttribute("agreement", agreement);
        model.addAttribute("goals", indicators.goalOptions(user, agreementId).entrySet().stream()
                .map(entry -> new Option(entry.getKey(), entry.getValue())).toList());
        model.addAttribute("sources", IndicatorSource.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("levels", GeographicLevel.values());
        model.addAttribute("frequencies", Frequency.values());
    }
}

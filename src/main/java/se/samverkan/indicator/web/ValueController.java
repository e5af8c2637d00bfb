package se.samverkan.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.indicator.IndicatorService;
import se.samverkan.indicator.IndicatorView;
import se.samverkan.indicator.Period;
import se.samverkan.indicator.ValueService;
import se.samverkan.indicator.ValueView;
import se.samverkan.security.SamverkanUser;

/**
 * The measured values of an indicator: add (a period that has a value already gets it replaced, and the page says
 * so), correct, remove.
 */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/indikatorer/{indicatorId}/varden")
class ValueController {

    private static final String FORM = "indicator/value-form";

    private final AgreementReader agreements;
    private final IndicatorService indicators;
    private final ValueService values;
    private final Clock clock;

    ValueController(AgreementReader agreements, IndicatorService indicators, ValueService values, Clock clock) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.values = values;
        this.clock = clock;
    }

    @InitBinder("form")
    void refuseIds(WebDataBinder binder) {
        binder.setDisallowedFields("id", "indicatorId");
    }

    /** The agreement (404 for strangers, 403 for readers, 409 once ended) and the indicator, for every handler. */
    @ModelAttribute("indicator")
    IndicatorView indicator(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                            @PathVariable long indicatorId, Model model) {
        model.addAttribute("agreement", agreements.editable(user, agreementId));
        return indicators.get(user, agreementId, indicatorId);
    }

    @GetMapping("/ny")
    String createForm(@ModelAttribute(name = "indicator", binding = false) IndicatorView indicator, Model model) {
        ValueForm form = new ValueForm();
        // Most often the value entered is that of the period that just ended.
        form.setValuePeriod(Period.lastCompleted(indicator.frequency(), LocalDate.now(clock)).toString());
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long indicatorId,
                  @ModelAttribute(name = "indicator", binding = false) IndicatorView indicator,
                  @Valid @ModelAttribute("form") ValueForm form, BindingResult result, RedirectAttributes redirect,
                  Locale locale) {
        form.check(indicator.frequency(), result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            ValueService.Saved saved = values.add(user, agreementId, indicatorId, form.toCommand(indicator.frequency()));
            if (saved.replaced()) {
                redirect.addFlashAttribute("replacedPeriod", saved.period().label(locale));
            } else {
                redirect.addFlashAttribute("saved", "indicatorValue.saved");
            }
            return IndicatorLinks.redirectToIndicator(agreementId, indicatorId, "varde-" + saved.valueId());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }

    @GetMapping("/{valueId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long indicatorId, @PathVariable long valueId, Model model) {
        ValueView value = values.get(user, agreementId, indicatorId, valueId);
        model.addAttribute("form", ValueForm.of(value));
        model.addAttribute("value", value);
        return FORM;
    }

    @PostMapping("/{valueId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long indicatorId, @PathVariable long valueId,
                  @ModelAttribute(name = "indicator", binding = false) IndicatorView indicator,
                  @Valid @ModelAttribute("form") ValueForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        ValueView value = values.get(user, agreementId, indicatorId, valueId);
        model.addAttribute("value", value);
        // The period of a saved value is fixed: a value for another period is added as a new one.
        form.setValuePeriod(value.period().toString());
        form.check(indicator.frequency(), result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            values.update(user, agreementId, indicatorId, valueId, form.toCommand(indicator.frequency()));
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            ValueForm current = ValueForm.of(values.get(user, agreementId, indicatorId, valueId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "indicatorValue.saved");
        return IndicatorLinks.redirectToIndicator(agreementId, indicatorId, "varde-" + valueId);
    }

    @GetMapping("/{valueId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long indicatorId, @PathVariable long valueId,
                      @ModelAttribute(name = "indicator", binding = false) IndicatorView indicator, Model model,
                      Locale locale) {
        Period period = values.get(user, agreementId, indicatorId, valueId).period();
        String path = IndicatorLinks.indicator(agreementId, indicatorId);
        return IndicatorLinks.confirmRemoval(model, "indicatorValue.remove",
                indicator.name() + ", " + period.label(locale), path + "/varden/" + valueId + "/ta-bort", path);
    }

    @PostMapping("/{valueId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long indicatorId, @PathVariable long valueId, RedirectAttributes redirect) {
        values.remove(user, agreementId, indicatorId, valueId);
        redirect.addFlashAttribute("saved", "indicatorValue.removed");
        return IndicatorLinks.redirectToIndicator(agreementId, indicatorId, "varden");
    }
}

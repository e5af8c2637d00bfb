package se.samverkan.situation.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.common.NotFoundException;
import se.samverkan.situation.HotspotCategory;
import se.samverkan.situation.PeriodType;
import se.samverkan.situation.SituationReader;
import se.samverkan.situation.TrendRow;
import se.samverkan.security.SamverkanUser;
import se.samverkan.common.TextInput;

/** A place or a category across the periods of one municipality's pictures, as a chart and a table. */
@Controller
class TrendController {

    private final SituationReader reader;
    private final MessageSource messages;

    TrendController(SituationReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/lagesbilder/trend")
    String trend(@AuthenticationPrincipal SamverkanUser user,
                 @RequestParam(name = "kommun", required = false) Long municipalityId,
                 @RequestParam(name = "plats", required = false) String place,
                 @RequestParam(name = "kategori", required = false) HotspotCategory category,
                 @RequestParam(name = "typ", required = false) PeriodType type, Locale locale, Model model) {
        OrganisationRef municipality = municipality(user, municipalityId);
        String chosenPlace = TextInput.strippedOrNull(place);
        PeriodType chosenType = type == null ? PeriodType.MONTH : type;
        model.addAttribute("municipality", municipality);
        model.addAttribute("municipalities", reader.municipalityChoices(user));
        model.addAttribute("places", reader.places(user, municipality.id()));
        model.addAttribute("categories", HotspotCategory.values());
        model.addAttribute("types", PeriodType.values());
        model.addAttribute("place", chosenPlace);
        model.addAttribute("category", category);
        model.addAttribute("type", chosenType);
        if (chosenPlace != null || category != null) {
            List<TrendRow> rows = reader.trend(user, municipality.id(), chosenType, chosenPlace, category);
            model.addAttribute("rows", rows);
            if (!rows.isEmpty()) {
                model.addAttribute("chart", TrendChart.of(rows, subject(chosenPlace, category, locale), messages,
                        locale));
            }
        }
        return "situation/trend";
    }

    /** What the trend is of, as the heading names it: the place, the category, or both. */
    private String subject(String place, HotspotCategory category, Locale locale) {
        String categoryName = category == null ? null
                : messages.getMessage("hotspotCategory." + category.name(), null, locale);
        if (place != null && categoryName != null) {
            return place + ", " + categoryName;
        }
        return place != null ? place : categoryName;
    }

    /** The one asked for, else the user's own municipality, else the first they work with. */
    private OrganisationRef municipality(SamverkanUser user, Long municipalityId) {
        if (municipalityId != null) {
            return reader.municipality(user, municipalityId);
        }
        List<OrganisationRef> choices = reader.municipalityChoices(user);
        return choices.stream().filter(choice -> choice.id() == user.organisationId()).findFirst()
                .or(() -> choices.stream().findFirst())
                .orElseThrow(() -> new NotFoundException("Municipality", user.organisationId()));
    }
}

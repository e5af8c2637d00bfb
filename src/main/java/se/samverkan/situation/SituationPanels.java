package se.samverkan.situation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementPanels;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.PagePanel;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgePanels;
import se.samverkan.security.SamverkanUser;

/**
 * The section "Based on situational pictures" on the agreement page (per focus area) and on the staff pledge page.
 * Only pictures the user may read are listed.
 */
@Component
class SituationPanels implements AgreementPanels, PledgePanels {

    static final int ORDER = 30;
    static final String TEMPLATE = "situation/panel";
    static final String ANCHOR = "lagesbilder";
    static final String HEADING = "situation.panel.heading";

    private final SituationReader reader;
    private final AgreementReader agreements;

    SituationPanels(SituationReader reader, AgreementReader agreements) {
        this.reader = reader;
        this.agreements = agreements;
    }

    @Override
    public Optional<PagePanel> panel(SamverkanUser user, AgreementView agreement) {
        return panel(user, agreements.focusAreasOf(agreement).stream()
                .map(area -> new PanelArea(area.id(), area.title())).toList());
    }

    /** On the agreement page: the focus areas the page has read. */
    @Override
    public Optional<PagePanel> panel(SamverkanUser user, AgreementDocument document) {
        return panel(user, document.focusAreas().stream()
                .map(section -> new PanelArea(section.focusArea().id(), section.focusArea().title())).toList());
    }

    private Optional<PagePanel> panel(SamverkanUser user, List<PanelArea> areas) {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<PictureLink>> pictures = reader.picturesOfFocusAreas(user,
                areas.stream().map(PanelArea::id).toList());
        return Optional.of(new PagePanel(ORDER, TEMPLATE, new PanelData(false, areas.stream()
                .map(area -> new PanelData.Entry(area.title(), "fokusomrade-" + area.id(),
                        pictures.getOrDefault(area.id(), List.of())))
                .toList()), ANCHOR, HEADING));
    }

    private record PanelArea(long id, String title) {
    }

    @Override
    public Optional<PagePanel> panel(SamverkanUser user, PledgeDocument pledge) {
        return Optional.of(new PagePanel(ORDER, TEMPLATE, new PanelData(true, List.of(
                new PanelData.Entry(pledge.title(), null, reader.picturesOfPledge(user, pledge.id())))),
                ANCHOR, HEADING));
    }
}

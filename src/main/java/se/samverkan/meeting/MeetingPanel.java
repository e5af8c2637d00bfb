package se.samverkan.meeting;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samverkan.agreement.AgreementPanels;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.PagePanel;
import se.samverkan.security.SamverkanUser;

/**
 * The steering group's meetings on the agreement page: rhythm, last and next meeting, whether one is overdue, open
 * action items and decisions. A draft has no meetings yet, so it gets no section.
 */
@Component
class MeetingPanel implements AgreementPanels {

    static final int ORDER = 20;

    private final MeetingReader reader;

    MeetingPanel(MeetingReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<PagePanel> panel(SamverkanUser user, AgreementView agreement) {
        if (agreement.status() == AgreementStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of(new PagePanel(ORDER, "meeting/panel", reader.overview(agreement), "moten",
                "meeting.list.title"));
    }
}

package se.samverkan.pledge;

import java.util.Optional;
import se.samverkan.common.PagePanel;
import se.samverkan.security.SamverkanUser;

/**
 * Lets a module that builds on pledges show its part on the staff pledge page (for example the situational
 * pictures the pledge is based on) without the pledge module knowing it. Called only after the user's right to
 * read the pledge was checked.
 */
public interface PledgePanels {

    Optional<PagePanel> panel(SamverkanUser user, PledgeDocument pledge);
}

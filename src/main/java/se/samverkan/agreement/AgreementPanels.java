package se.samverkan.agreement;

import java.util.Optional;
import se.samverkan.common.PagePanel;
import se.samverkan.security.SamverkanUser;

/**
 * Lets a module that builds on agreements show its part on the agreement page without the agreement module
 * knowing it (follow-up modules depend on agreements, never the other way round). Called only after the user's
 * right to read the agreement was checked.
 */
public interface AgreementPanels {

    Optional<PagePanel> panel(SamverkanUser user, AgreementView agreement);

    /**
     * The panel for the agreement page, which has read the whole document: a module that needs more of the agreement
     * than its fields (e.g. the focus areas) overrides this to use what was read rather than read it again.
     */
    default Optional<PagePanel> panel(SamverkanUser user, AgreementDocument document) {
        return panel(user, document.agreement());
    }
}

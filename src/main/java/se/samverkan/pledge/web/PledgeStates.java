package se.samverkan.pledge.web;

import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgeStateException;
import se.samverkan.pledge.PledgeStatus;

/**
 * The forms refuse (409, with the reason) as soon as they are opened when the pledge's status does not allow what
 * they do, instead of letting the user fill them in only to be refused on saving.
 */
final class PledgeStates {

    private PledgeStates() {
    }

    static void requireDraft(PledgeDocument pledge) {
        if (pledge.status() != PledgeStatus.DRAFT) {
            throw new PledgeStateException("pledge.state.onlyDraft");
        }
    }

    static void requirePublished(PledgeDocument pledge) {
        if (pledge.status() != PledgeStatus.PUBLISHED) {
            throw new PledgeStateException("pledge.state.updateNeedsPublished");
        }
    }

    static void requirePublic(PledgeDocument pledge) {
        if (pledge.status() == PledgeStatus.DRAFT) {
            throw new PledgeStateException("pledge.state.resultNeedsPublished");
        }
    }

    static void requireNotCompleted(PledgeDocument pledge) {
        if (pledge.status() == PledgeStatus.COMPLETED) {
            throw new PledgeStateException("pledge.state.completed");
        }
    }
}

package se.samverkan.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.samverkan.agreement.AgreementStatus;

/** What a draft still lacks before residents may see it; each item is a message key. Empty means ready. */
final class PublishingRules {

    private PublishingRules() {
    }

    static List<String> missing(Pledge pledge, int commitmentCount, Set<Long> signedPartyIds,
                                AgreementStatus agreementStatus) {
        List<String> missing = new ArrayList<>();
        if (agreementStatus != AgreementStatus.ACTIVE) {
            missing.add("pledge.publish.missing.agreementActive");
        }
        if (pledge.getSituation() == null) {
            missing.add("pledge.publish.missing.situation");
        }
        if (commitmentCount == 0) {
            missing.add("pledge.publish.missing.commitments");
        }
        if (pledge.getAchievement() == null) {
            missing.add("pledge.publish.missing.achievement");
        }
        if (pledge.getFollowUp() == null) {
            missing.add("pledge.publish.missing.followUp");
        }
        if (!signedPartyIds.containsAll(pledge.partyIds())) {
            missing.add("pledge.publish.missing.signatories");
        }
        return missing;
    }
}

package se.samverkan.report;

import java.time.Instant;

public record ApprovalView(String approver, String organisation, Instant approvedAt) {

    public String approvedAtText() {
        return SwedishTime.format(approvedAt);
    }
}

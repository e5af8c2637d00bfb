package se.samverkan.report;

import java.time.Instant;

public record ApprovalView(String approver, String organisation, Instant approvedAt) {
}

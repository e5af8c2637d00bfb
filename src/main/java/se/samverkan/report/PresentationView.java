package se.samverkan.report;

import java.time.LocalDate;

public record PresentationView(Recipient recipient, LocalDate presentedOn, String registrationNumber,
                               String recordedBy) {
}

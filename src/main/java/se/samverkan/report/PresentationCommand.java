package se.samverkan.report;

import java.time.LocalDate;

public record PresentationCommand(Recipient recipient, LocalDate presentedOn, String registrationNumber) {
}

package se.samverkan.pledge;

import java.time.LocalDate;

public record SignatoryCommand(String name, String title, long organisationId, LocalDate signedOn) {
}

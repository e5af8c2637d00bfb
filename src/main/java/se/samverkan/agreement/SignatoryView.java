package se.samverkan.agreement;

import java.time.LocalDate;

public record SignatoryView(long id, String name, String title, long organisationId, String organisationName,
                            LocalDate signedOn, long version) {
}

package se.samverkan.agreement;

public record FocusAreaCommand(String title, String description, long version) {
}

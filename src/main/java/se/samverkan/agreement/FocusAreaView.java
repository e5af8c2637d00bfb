package se.samverkan.agreement;

public record FocusAreaView(long id, int position, String title, String description, long version) {
}

package se.samverkan.situation;

import java.util.Set;

/** A picture's own fields: its period, the parties that compiled it and the summary. */
public record PictureCommand(Period period, Set<Long> compilerIds, String summary, long version) {
}

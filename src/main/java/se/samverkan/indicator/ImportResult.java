package se.samverkan.indicator;

/** What a confirmed import saved: new values, replaced values, and rejected rows that were skipped. */
public record ImportResult(int added, int replaced, int skipped) {
}

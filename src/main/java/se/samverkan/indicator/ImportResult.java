package se.samverkan.indicator;

import java.io.Serializable;

/** What a confirmed import saved: new values, replaced values, and rejected rows that were skipped. Serializable: it
 * travels as a flash attribute through the session, which is stored in the database. */
public record ImportResult(int added, int replaced, int skipped) implements Serializable {
}

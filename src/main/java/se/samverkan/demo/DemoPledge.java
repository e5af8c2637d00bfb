package se.samverkan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samverkan.pledge.CommitmentStatus;

/**
 * One demo citizen pledge as data: what the coordinator types in, who signs it and when it is published, the
 * progress updates residents read, and the year-end result (null while it runs). Partners and responsible parties
 * are named by organisation slug; commitments by a key that the updates refer to, and optionally by the title of
 * the agreement's measure they are part of.
 */
record DemoPledge(String title, String target, List<String> partners, LocalDate periodStart, LocalDate periodEnd,
                  String situation, String achievement, String followUp, List<Commitment> commitments,
                  DemoAgreement.Signing signing, LocalDate publishedOn, List<Update> updates, Result result) {

    record Commitment(String key, String description, String responsible, String measureTitle) {
    }

    /** A progress update; {@code statuses} gives commitments (by key) their new status. */
    record Update(LocalDate publishedOn, String body, Map<String, CommitmentStatus> statuses) {
    }

    record Result(String done, String achieved, boolean continues, LocalDate writtenOn) {
    }
}

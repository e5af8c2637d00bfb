package se.samverkan.report;

/**
 * A module that adds its part to annual reports without this module knowing it: indicators per goal, the last
 * update of each measure, steering-group meetings and their decisions, situational pictures. Implement it as a
 * bean in the contributing module (which then depends on {@code report}, never the other way round).
 * {@link ReportCompiler} calls every contributor after checking that the user may read the agreement, inside its
 * read-only transaction; a contributor reads its own data by {@link ReportScope#agreementId()} and the year.
 */
public interface ReportContributor {

    void contribute(ReportScope scope, ReportAdditions additions);
}

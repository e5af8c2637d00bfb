/**
 * Shared situational pictures (gemensam lägesbild, the EST method): per municipality and week, month or quarter,
 * compiled by named parties, with the hotspots they pick, the trend against the previous period, the measures and
 * pledges aimed at each place, and the focus areas and pledges that are based on a picture. Aggregated figures only;
 * texts with a personal identity number are refused. Every read and write goes through
 * {@link se.samverkan.situation.SituationAccess}, which hides other organisations' pictures behind 404.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Situational pictures",
        allowedDependencies = {"common", "organisation", "account", "security", "agreement", "pledge"})
package se.samverkan.situation;

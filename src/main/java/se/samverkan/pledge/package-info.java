/**
 * Citizen pledges (medborgarlöften): the parties' public promise about one place or problem, its commitments,
 * signatories, progress updates and year-end result, from draft to published to completed. Staff reach a pledge
 * through {@link se.samverkan.pledge.PledgeReader} and the services, which hide other organisations' pledges behind
 * 404; the public site reads only what is published, through {@link se.samverkan.pledge.PublicPledges}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen pledges",
        allowedDependencies = {"common", "organisation", "account", "security", "agreement"})
package se.samverkan.pledge;

package se.samverkan.publicsite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.pledge.ProgressUpdateService;

/** The services a public-site test needs to make its own pledges. */
abstract class FixtureBase {

    @Autowired AccountService accountService;
    @Autowired OrganisationService organisationService;
    @Autowired UserDetailsService userDetailsService;
    @Autowired AgreementService agreementService;
    @Autowired AgreementReader agreementReader;
    @Autowired PledgeService pledgeService;
    @Autowired CommitmentService commitmentService;
    @Autowired PledgeSignatoryService signatoryService;
    @Autowired ProgressUpdateService updateService;
    @Autowired PledgeReader pledgeReader;

    PledgeFixtures fixtures() {
        return new PledgeFixtures(accountService, organisationService, userDetailsService, agreementService,
                agreementReader, pledgeService, commitmentService, signatoryService, updateService, pledgeReader);
    }
}

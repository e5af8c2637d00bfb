/**
 * Indicators (indikatorer) of an agreement: what is measured to follow up its goals, the measured values per
 * period, the arithmetic of target and progress ({@link se.samverkan.indicator.IndicatorMath}), periods
 * ({@link se.samverkan.indicator.Period}), CSV import and export, and the indicators' section on the agreement page.
 * Access follows the agreement's: {@link se.samverkan.agreement.AgreementReader} hides other organisations'
 * agreements behind 404 and lets only the parties' coordinators write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = {"common", "security", "account", "agreement"})
package se.samverkan.indicator;

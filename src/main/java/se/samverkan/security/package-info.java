/**
 * Who may do what: the security filter chain, form login with lockout after repeated failures,
 * and {@link se.samverkan.security.SamverkanUser}, the signed-in user that features scope their data by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = "account")
package se.samverkan.security;

/**
 * What every page shares: locale and language switch and error handling.
 * Feature modules do not depend on this module; it may read their public services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {"common", "security", "organisation"})
package se.samverkan.web;

/**
 * The few pieces every feature needs: the not-found signal and the slug rules.
 * Kept deliberately small; a feature's own logic never lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package se.samverkan.common;

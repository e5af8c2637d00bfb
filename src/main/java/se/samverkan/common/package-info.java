/**
 * The few pieces every feature needs: the not-found and conflict signals, slugs, Swedish numbers and the
 * sanitized rich text of public texts.
 * Kept deliberately small; a feature's own logic never lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package se.samverkan.common;

/**
 * The few pieces every feature needs: the not-found and conflict signals, slugs, Swedish numbers, the
 * sanitized rich text of public texts, the layout of a line chart ({@link se.samverkan.common.LineChart}) and the
 * request whose parameters come from the address only ({@link se.samverkan.common.QueryParameters}), input a service
 * refuses beside its form field ({@link se.samverkan.common.FieldRejectedException}) and a form's choices
 * ({@link se.samverkan.common.Option}), and the page of a list as the address asks for it, made safe for the
 * query ({@link se.samverkan.common.Paging}).
 * Kept deliberately small; a feature's own logic never lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package se.samverkan.common;

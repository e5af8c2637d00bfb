package se.samverkan.common;

/**
 * Something residents can read on the public site has changed (a pledge published, updated or given a result, an
 * annual report published or withdrawn, an organisation renamed, an agreement's public summary...). Published by the
 * service that made the change; the public site drops its cached pages when the transaction has ended.
 *
 * @param what what changed, for the log (e.g. {@code "pledge"})
 * @param id   the id of what changed
 */
public record PublicContentChanged(String what, long id) {
}

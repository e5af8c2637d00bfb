package se.samverkan.security;

/**
 * The Content-Security-Policy of every page: only the application's own scripts, styles, images and fonts, no
 * inline script or style, no framing. Spring Security sends it; a page answered before Spring Security runs (the
 * database-outage page) sends it itself.
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }
}

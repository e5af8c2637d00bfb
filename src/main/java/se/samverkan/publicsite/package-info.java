/**
 * The public site for residents, without login: the start page, published citizen pledges and their
 * municipalities, Atom feeds, open data and the accessibility statement. It reads only the public services of
 * {@code pledge} and {@code agreement}, so a draft cannot leak through any page, feed or file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site",
        allowedDependencies = {"common", "organisation", "agreement", "pledge"})
package se.samverkan.publicsite;

/**
 * The public site for residents, without login: the start page, published citizen pledges and their
 * municipalities, published annual reports, Atom feeds, open data and the accessibility statement. It reads only the
 * public services of {@code pledge}, {@code agreement} and {@code report}, so a draft cannot leak through any page,
 * feed or file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site",
        allowedDependencies = {"common", "organisation", "agreement", "pledge", "report"})
package se.samverkan.publicsite;

package se.samverkan.publicsite;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses for canonical links, feeds and open data, built from the request that is being answered. */
final class SiteUrl {

    private SiteUrl() {
    }

    /** "https://host/context" without a trailing slash. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String of(String path) {
        return base() + path;
    }
}

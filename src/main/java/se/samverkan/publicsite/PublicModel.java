package se.samverkan.publicsite;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every public page knows the site's absolute address, for its canonical link and share metadata. */
@ControllerAdvice(basePackageClasses = PublicModel.class)
class PublicModel {

    @ModelAttribute("siteUrl")
    String siteUrl() {
        return SiteUrl.base();
    }
}

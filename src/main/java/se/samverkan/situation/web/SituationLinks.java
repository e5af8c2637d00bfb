package se.samverkan.situation.web;

/** Where the situational-picture forms send the user back to. */
final class SituationLinks {

    private SituationLinks() {
    }

    /** Back to the picture's page, scrolled to the part just saved. */
    static String redirectTo(long pictureId, String anchor) {
        return "redirect:/lagesbilder/" + pictureId + (anchor == null ? "" : "#" + anchor);
    }
}

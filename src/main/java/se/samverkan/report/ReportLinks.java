package se.samverkan.report;

/** The addresses of a report's pages. */
public final class ReportLinks {

    private ReportLinks() {
    }

    public static String path(long agreementId, int year) {
        return "/overenskommelser/" + agreementId + "/arsrapporter/" + year;
    }
}

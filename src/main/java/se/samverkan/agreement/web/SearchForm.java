package se.samverkan.agreement.web;

import jakarta.validation.constraints.Size;
import se.samverkan.agreement.AgreementSearch;

/** The search box. Surrounding spaces are dropped, so they neither count towards the length nor make a search. */
class SearchForm {

    @Size(max = AgreementSearch.MAX_QUERY_LENGTH)
    private String q = "";

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q.strip();
    }
}

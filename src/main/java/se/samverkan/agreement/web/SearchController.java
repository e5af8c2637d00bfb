package se.samverkan.agreement.web;

import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverkan.agreement.AgreementSearch;
import se.samverkan.agreement.SearchHit;
import se.samverkan.security.SamverkanUser;

/** The staff search page. A blank or too long query shows the form (with a message for the latter), no results. */
@Controller
class SearchController {

    private final AgreementSearch search;

    SearchController(AgreementSearch search) {
        this.search = search;
    }

    @GetMapping("/sok")
    String search(@Valid @ModelAttribute("searchForm") SearchForm form, BindingResult result, Pageable pageable,
                  @AuthenticationPrincipal SamverkanUser user, Model model) {
        boolean searched = !result.hasErrors() && !form.getQ().isEmpty();
        Page<SearchHit> page = searched ? search.search(user, form.getQ(), pageable) : Page.empty(pageable);
        model.addAttribute("searched", searched);
        model.addAttribute("page", page);
        // The pagination links keep the query; encoded here so that "&", "#" or "+" in it stay part of it.
        model.addAttribute("pageQuery", "q=" + URLEncoder.encode(form.getQ(), StandardCharsets.UTF_8) + "&");
        return "agreement/search";
    }
}

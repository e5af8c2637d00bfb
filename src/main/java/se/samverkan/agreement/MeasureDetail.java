package se.samverkan.agreement;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A measure's own page: the measure, where it belongs, the goals it serves, its newest status update and one page
 * of all its updates, the newest first.
 */
public record MeasureDetail(AgreementView agreement, MeasureView measure, String focusAreaTitle,
                            List<String> goalTitles, MeasureUpdateView latest, Page<MeasureUpdateView> updates) {
}

package se.samverkan.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import se.samverkan.agreement.AgreementView;

/** Everything the indicator page shows: the agreement, the indicator, its goals, its values (oldest first). */
public record IndicatorPage(AgreementView agreement, IndicatorView indicator, Map<Long, String> goals,
                            List<ValueView> values, IndicatorFigures figures) {

    /** The values newest first, for the table. */
    public List<ValueView> newestFirst() {
        List<ValueView> reversed = new ArrayList<>(values);
        Collections.reverse(reversed);
        return reversed;
    }
}

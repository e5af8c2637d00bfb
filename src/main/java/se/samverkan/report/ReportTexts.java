package se.samverkan.report;

import java.util.List;

/** A report's written sections, looked up by what they are about (the staff and the public report page). */
public interface ReportTexts {

    List<SectionText> sections();

    default SectionText summary() {
        return text(SectionKey.SUMMARY);
    }

    default SectionText analysis(long focusAreaId) {
        return text(SectionKey.analysis(focusAreaId));
    }

    default SectionText priorities(long focusAreaId) {
        return text(SectionKey.priorities(focusAreaId));
    }

    /** The saved text of a section, or an empty one that nobody has written yet. */
    default SectionText text(SectionKey key) {
        return SectionText.in(sections(), key);
    }
}

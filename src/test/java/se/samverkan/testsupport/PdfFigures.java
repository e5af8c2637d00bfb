package se.samverkan.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/** The figures of a tagged PDF as a screen reader finds them: the alternative text of every {@code Figure}. */
public final class PdfFigures {

    private PdfFigures() {
    }

    public static List<String> altTexts(PDDocument pdf) {
        List<String> figures = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
        return figures;
    }

    private static void collect(List<Object> kids, List<String> figures) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                collect(element.getKids(), figures);
            }
        }
    }
}

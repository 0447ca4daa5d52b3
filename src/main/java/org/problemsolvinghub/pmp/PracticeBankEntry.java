package org.problemsolvinghub.pmp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.problemsolvinghub.organisation.PartnerAgencyRepository;
import org.problemsolvinghub.system.ConflictException;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A closed plan drawn up in the College of Policing Practice Bank's format (seeds 000 and 004): the
 * header table (partners, stage of practice, scale, target group) then aim, intended outcome,
 * description, overall impact and learning. Markdown for editing; PDF for sending.
 */
@Component
class PracticeBankEntry {

    private final PartnerAgencyRepository agencies;

    PracticeBankEntry(PartnerAgencyRepository agencies) {
        this.agencies = agencies;
    }

    String markdown(Pmp plan) {
        if (plan.getStage() != PmpStage.CLOSED) {
            throw new ConflictException("Plan " + plan.getReference() + " is not closed yet: only a closed plan goes to the Practice Bank.");
        }
        Assessment a = plan.getAssessment();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(plan.getTitle())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Does it work? | ").append(doesItWork(a)).append(" |\n");
        md.append("| Focus | Prevention |\n");
        md.append("| Problem | ").append(words(plan.getProblemType())).append(" |\n");
        md.append("| Partners | ").append(String.join(", ", partners(plan))).append(" |\n");
        md.append("| Stage of practice | The practice is implemented and assessed. |\n");
        md.append("| Scale of initiative | Local (").append(escape(plan.getWardCode())).append(") |\n");
        md.append("| Target group | ").append(targetGroup(plan)).append(" |\n");
        md.append("| Reference | ").append(plan.getReference()).append(" |\n\n");
        md.append("## Aim\n\n").append(escape(plan.getProblemStatement())).append("\n\n");
        md.append("## Intended outcome\n\n");
        plan.getObjectives().forEach(o -> md.append("- ").append(escape(o.getMeasure())).append(": from ")
                .append(o.getBaselineFigure().stripTrailingZeros().toPlainString()).append(" (").append(o.getBaselineFrom())
                .append(" to ").append(o.getBaselineTo()).append(") to ").append(o.getTarget().stripTrailingZeros().toPlainString())
                .append(" by ").append(o.getTargetDate()).append("\n"));
        md.append("\n## Description\n\n");
        if (plan.getAnalysis() != null) {
            md.append("**Hypothesis.** ").append(escape(plan.getAnalysis().getHypothesis())).append("\n\n");
        }
        md.append("**Response.**\n\n");
        plan.getActions().forEach(x -> md.append("- ").append(escape(x.getDescription())).append(" (")
                .append(words(x.getTactic())).append("; ").append(words(x.getTriangleSide())).append(" side)\n"));
        md.append("\n## Overall impact\n\n");
        if (a != null) {
            md.append(words(a.getImpact())).append(a.getImpactFigure() == null ? "" : " by " + a.getImpactFigure().stripTrailingZeros().toPlainString() + "%")
                    .append(". Objectives ").append(words(a.getOutcome())).append(".\n\n");
            plan.getObjectives().stream().filter(o -> o.getAfterFigure() != null).forEach(o -> md.append("- ")
                    .append(escape(o.getMeasure())).append(": ").append(o.getBaselineFigure().stripTrailingZeros().toPlainString())
                    .append(" before, ").append(o.getAfterFigure().stripTrailingZeros().toPlainString()).append(" after (")
                    .append(o.getAfterFrom()).append(" to ").append(o.getAfterTo()).append(")\n"));
            md.append("\n").append(escape(a.getCausedByResponse())).append("\n\n");
            if (a.getDisplacementFindings() != null) {
                md.append("Displacement: ").append(escape(a.getDisplacementFindings())).append("\n\n");
            }
            md.append("## Learning\n\n").append(escape(a.getLessonsLearnt())).append("\n");
        }
        return md.toString();
    }

    byte[] pdf(Pmp plan) {
        String body = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(markdown(plan)));
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>" + plan.getReference() + "</title>"
                + "<style>body{font-family:sans-serif;font-size:11pt;margin:1.5cm}table{border-collapse:collapse}"
                + "td{border:1px solid #999;padding:3px 8px}h1{font-size:18pt}h2{font-size:13pt;margin-top:14pt}</style>"
                + "</head><body>" + body + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(html), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Could not draw the PDF of " + plan.getReference(), e);
        }
    }

    /** openhtmltopdf reads XHTML: close the void elements commonmark leaves open. */
    private static String xhtml(String html) {
        return html.replace("<br>", "<br/>").replace("<hr>", "<hr/>");
    }

    private List<String> partners(Pmp plan) {
        Set<String> partners = new LinkedHashSet<>();
        partners.add("Police");
        plan.getActions().stream().map(Action::getOwnerAgency).filter(x -> x != null)
                .forEach(code -> partners.add(agencies.findById(code).map(ag -> ag.getName()).orElse(code)));
        return new ArrayList<>(partners);
    }

    private static String targetGroup(Pmp plan) {
        Set<TriangleSide> sides = plan.getActions().stream().map(Action::getTriangleSide).collect(Collectors.toSet());
        List<String> groups = new ArrayList<>();
        if (sides.contains(TriangleSide.VICTIM)) groups.add("Victims and the community");
        if (sides.contains(TriangleSide.OFFENDER)) groups.add("Offenders");
        if (sides.contains(TriangleSide.LOCATION)) groups.add("Places");
        return groups.isEmpty() ? "Community" : String.join(", ", groups);
    }

    private static String doesItWork(Assessment a) {
        if (a == null || a.getOutcome() == null) return "Untested";
        return switch (a.getOutcome()) {
            case MET -> "Promising: objectives met";
            case PARTLY_MET -> "Promising: objectives partly met";
            case NOT_MET -> "Objectives not met";
        };
    }

    private static String words(Enum<?> value) {
        if (value == null) return "";
        String w = EnumWords.of(value);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Text people wrote stays text: no Markdown or HTML of theirs is interpreted. */
    private static String escape(String text) {
        if (text == null) return "";
        return text.replaceAll("([\\\\`*_\\[\\]{}()#+!|<>])", "\\\\$1").replace("\n", " ");
    }
}

package org.braid.monitoring.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.braid.core.model.BraidException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.Publications;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /public/orgs/{id}}: an organization's published progress page, written on the server as plain HTML for
 * families and boards: no sign-in, no scripts, printable. Its JSON twin is {@code /api/public/orgs/{id}/progress}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("braid-public-progress")
@HttpWhiteboardServletPattern("/public/orgs/*")
public class PublicPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient PublicYear year;
    private final transient Publications publications;

    @Activate
    public PublicPage(@Reference PublicYear year, @Reference Publications publications) {
        this.year = year;
        this.publications = publications;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String id = path.startsWith("/") ? path.substring(1) : path;
        String html;
        int status = 200;
        try {
            if (!Organization.isId(id) || !publications.published(id)) throw new NotFoundException("published organization", id);
            html = html(year.story(id, req.getParameter("schoolYear")));
        } catch (NotFoundException e) {
            status = 404;
            html = page("Not found", "<h1>Not found</h1><p>There is no published progress page at this address.</p>");
        } catch (BraidException e) {
            status = 400;
            html = page("Not a school year", "<h1>Not a school year</h1><p>Ask for a school year written like 2025-26.</p>");
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** @return the whole page of a published year */
    static String html(PublicStory s) {
        String title = s.name() + ": our year " + s.schoolYear();
        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1>");
        b.append("<section aria-labelledby=\"brief\"><h2 id=\"brief\">The year in brief</h2>");
        s.summary().forEach(t -> b.append("<p>").append(esc(t)).append("</p>"));
        b.append("</section>");
        if (s.vision() != null || s.mission() != null) {
            b.append("<section aria-labelledby=\"direction\"><h2 id=\"direction\">Where we are going</h2>");
            if (s.vision() != null) b.append("<p><strong>Vision:</strong> ").append(esc(s.vision())).append("</p>");
            if (s.mission() != null) b.append("<p><strong>Mission:</strong> ").append(esc(s.mission())).append("</p>");
            b.append("</section>");
        }
        if (!s.goals().isEmpty()) {
            b.append("<section aria-labelledby=\"goals\"><h2 id=\"goals\">Our goals</h2>");
            for (int i = 0; i < s.goals().size(); i++) {
                PublicStory.Goal g = s.goals().get(i);
                b.append("<h3>").append(esc(g.statement())).append("</h3>").append(measures("Measures of goal " + (i + 1), g.measures(), s.minimumCount()));
            }
            b.append("</section>");
        }
        AnnualReport.Work a = s.actions(), m = s.milestones();
        b.append("<section aria-labelledby=\"done\"><h2 id=\"done\">What we did</h2><div class=\"chart-pair\">")
                .append(bars("Actions by status, " + s.name() + ", " + s.schoolYear(), a.total() + " actions. The table gives the same numbers.",
                        List.of("Complete", "On track", "Behind", "No report yet"), List.of(a.complete(), a.onTrack(), a.offTrack(), a.notReported())))
                .append(scroll("Actions and milestones by status")).append("<table><caption>Actions and milestones by status</caption><thead><tr>")
                .append(cols("Kind", "Total", "Complete", "On track", "Behind", "No report yet")).append("</tr></thead><tbody>")
                .append(work("Actions", a)).append(work("Milestones", m)).append("</tbody></table></div></div>");
        if (!s.months().isEmpty()) {
            b.append(scroll("Actions month by month")).append("<table><caption>Actions month by month</caption><thead><tr>").append(cols("Month", "Actions under way", "Complete", "On track or complete"))
                    .append("</tr></thead><tbody>");
            for (AnnualReport.Month x : s.months()) {
                b.append("<tr><th scope=\"row\">").append(esc(x.period())).append("</th><td>").append(x.actions()).append("</td><td>").append(x.complete())
                        .append("</td><td>").append(x.onTrackOrComplete()).append("</td></tr>");
            }
            b.append("</tbody></table></div>");
        }
        if (!s.outputs().isEmpty()) b.append("<h3>What we produced</h3>").append(list(s.outputs()));
        b.append("</section>");
        if (!s.strategyMeasures().isEmpty()) {
            b.append("<section aria-labelledby=\"moved\"><h2 id=\"moved\">What moved</h2>")
                    .append(measures("Measures of our strategies", s.strategyMeasures(), s.minimumCount())).append("</section>");
        }
        if (!s.changes().isEmpty()) {
            b.append("<section aria-labelledby=\"changes\"><h2 id=\"changes\">What we changed, and why</h2>")
                    .append(list(s.changes().stream().map(c -> c.date() + ": " + c.cause()).toList())).append("</section>");
        }
        if (!s.supports().isEmpty()) {
            b.append("<section aria-labelledby=\"supports\"><h2 id=\"supports\">Support we received</h2>")
                    .append(list(s.supports().stream().map(x -> x.title() + " (from " + x.startDate() + ")").toList())).append("</section>");
        }
        return page(title, b.toString());
    }

    private static String measures(String caption, List<PublicStory.Measure> list, int minimum) {
        StringBuilder b = new StringBuilder(scroll(caption)).append("<table><caption>").append(esc(caption)).append("</caption><thead><tr>")
                .append(cols("Measure", "Baseline", "Target", "Result", "Target reached")).append("</tr></thead><tbody>");
        for (PublicStory.Measure x : list) {
            String result = x.suppression() == Suppression.Reason.FEWER_THAN_MINIMUM ? "Not shown: about fewer than " + minimum + " students"
                    : x.suppressed() ? "Not shown: it would let a hidden result be worked out" : x.result() == null ? "Not yet" : x.result();
            String baseline = x.suppressed() ? "Not shown" : dash(x.baseline());
            String reached = x.suppressed() ? "Not shown" : x.onTarget() == null ? "–" : x.onTarget() ? "Yes" : "No";
            b.append("<tr><th scope=\"row\">").append(esc(x.indicator())).append("</th><td>").append(esc(baseline)).append("</td><td>")
                    .append(esc(dash(x.target()))).append("</td><td>").append(esc(result)).append("</td><td>").append(reached).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    /** A wide table scrolls on its own on a narrow screen, and the keyboard can reach it to do so. */
    private static String scroll(String label) {
        return "<div class=\"scroll\" role=\"region\" aria-label=\"" + esc(label) + "\" tabindex=\"0\">";
    }

    private static String work(String label, AnnualReport.Work w) {
        return "<tr><th scope=\"row\">" + label + "</th><td>" + w.total() + "</td><td>" + w.complete() + "</td><td>" + w.onTrack() + "</td><td>"
                + w.offTrack() + "</td><td>" + w.notReported() + "</td></tr>";
    }

    /** Horizontal bars as inline SVG, named by its title and described by its desc; a table beside it has the numbers. */
    static String bars(String title, String desc, List<String> labels, List<Integer> values) {
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        int left = 120, width = 260, row = 28;
        StringBuilder b = new StringBuilder("<figure class=\"chart-figure\"><svg viewBox=\"0 0 ").append(left + width + 48).append(' ')
                .append(labels.size() * row + 8).append("\" role=\"img\" class=\"chart bars\" aria-labelledby=\"bars-t bars-d\" focusable=\"false\">")
                .append("<title id=\"bars-t\">").append(esc(title)).append("</title><desc id=\"bars-d\">").append(esc(desc)).append("</desc>");
        for (int i = 0; i < labels.size(); i++) {
            int y = 4 + i * row, w = values.get(i) * width / max;
            b.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + 18).append("\" text-anchor=\"end\" fill=\"#1b1f24\">")
                    .append(esc(labels.get(i))).append("</text><rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(row - 8).append("\" fill=\"#0b3d91\"></rect><text x=\"").append(left + w + 6).append("\" y=\"")
                    .append(y + 18).append("\" fill=\"#1b1f24\">").append(values.get(i)).append("</text>");
        }
        return b.append("</svg></figure>").toString();
    }

    private static String cols(String... names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) b.append("<th scope=\"col\">").append(n).append("</th>");
        return b.toString();
    }

    private static String list(List<String> items) {
        StringBuilder b = new StringBuilder("<ul>");
        items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>"));
        return b.append("</ul>").toString();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    static String page(String title, String main) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><link rel=\"stylesheet\" href=\"/ui/shell/app.css\"><link rel=\"stylesheet\" href=\"/ui/monitoring/monitoring.css\">"
                + "</head><body class=\"public\"><a class=\"skip\" href=\"#main\">Skip to content</a><main id=\"main\" tabindex=\"-1\">" + main
                + "</main></body></html>\n";
    }

    /** Escapes text for HTML element content and quoted attributes. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

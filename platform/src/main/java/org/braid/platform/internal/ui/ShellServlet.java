package org.braid.platform.internal.ui;

import java.io.IOException;
import java.io.InputStream;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** Serves the web application's one page at {@code /}; everything else it does not know is a 404. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("braid-shell")
@HttpWhiteboardServletPattern("/")
public class ShellServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final byte[] page = read();

    private static byte[] read() {
        try (InputStream in = ShellServlet.class.getResourceAsStream("/web/shell/index.html")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the shell page is missing from the bundle", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.equals("/index.html")) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}

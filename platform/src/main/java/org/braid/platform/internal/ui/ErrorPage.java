package org.braid.platform.internal.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;

/**
 * The page of an error the web server itself answers (a path no servlet serves, e.g. one that
 * climbs out of {@code /api} with {@code ..%2F}): the API's security headers and a JSON error
 * that names the status only. Jetty's own page repeats the path that was asked for.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("braid-error-page")
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx"})
public class ErrorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : resp.getStatus();
        SecurityHeaders.API.forEach(resp::setHeader);
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        String what = status == 404 ? "not found" : status < 500 ? "the request cannot be served" : "internal error";
        byte[] body = ("{\"error\":\"" + what + "\",\"details\":[]}").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}

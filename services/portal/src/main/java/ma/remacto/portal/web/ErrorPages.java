package ma.remacto.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Unavailable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a reader sees when a page cannot be shown: a record that does not exist (404), a service that is away (503,
 * try again shortly), or a service's refusal in the reader's language. Never a stack trace or a bare 500.
 */
@ControllerAdvice
@Order(0)
public class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final PageModel page;

    public ErrorPages(PageModel page) {
        this.page = page;
    }

    @ExceptionHandler(Refused.NotFound.class)
    public String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        // An exception handler's model starts empty: the layout's attributes are added here.
        page.common(request, model);
        response.setStatus(404);
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(Forbidden.class)
    public String forbidden(Forbidden e, HttpServletRequest request, HttpServletResponse response, Model model) {
        page.common(request, model);
        LOG.info("Refused a page: {}", e.getMessage());
        response.setStatus(403);
        model.addAttribute("status", 403);
        return "error";
    }

    @ExceptionHandler(Unavailable.class)
    public String unavailable(Unavailable e, HttpServletRequest request, HttpServletResponse response, Model model) {
        page.common(request, model);
        LOG.warn("A service did not answer: {}", e.getMessage());
        response.setStatus(503);
        response.setHeader("Retry-After", "30");
        model.addAttribute("status", 503);
        return "error";
    }

    /** The statuses the error page has words for; any other refusal reads as a bad request. */
    private static final java.util.Set<Integer> WORDED = java.util.Set.of(400, 401, 403, 404, 409, 429, 502, 503);

    @ExceptionHandler(Refused.class)
    public String refused(Refused e, HttpServletRequest request, HttpServletResponse response, Model model) {
        page.common(request, model);
        int status = e.status() >= 500 ? 502 : WORDED.contains(e.status()) ? e.status() : 400;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", e.detail());
        return "error";
    }
}

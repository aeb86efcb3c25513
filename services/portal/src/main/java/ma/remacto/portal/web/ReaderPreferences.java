package ma.remacto.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import ma.remacto.portal.PortalProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reader's choice of digits (a cookie, no account needed) and a regional portal's colours as a style sheet. */
@Controller
public class ReaderPreferences {

    private final PortalProperties properties;

    public ReaderPreferences(PortalProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/portal/digits")
    public String digits(@RequestParam String use, @RequestParam(defaultValue = "/ar/") String back,
            HttpServletResponse response) {
        Cookie cookie = new Cookie(PageModel.DIGITS_COOKIE, Texts.Digits.of(use).name().toLowerCase());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        // Only back to a page of this portal: an open redirect would lend the portal's name to any site.
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : "/ar/");
    }

    /** CSS custom properties of a regional council's portal (a file, so the content security policy stays strict). */
    @GetMapping(value = "/portal/branding.css", produces = "text/css")
    public ResponseEntity<String> branding(@RequestParam String region) {
        PortalProperties.Branding branding = properties.regions().get(region);
        String css = branding == null ? "" : ":root { --primary: " + branding.primary() + "; --accent: "
                + branding.accent() + "; }\n";
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1))).body(css);
    }
}

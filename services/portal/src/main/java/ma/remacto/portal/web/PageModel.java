package ma.remacto.portal.web;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import ma.remacto.portal.PortalProperties;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: its language and direction, the same page in the other language, the text helper
 * {@code t}, which portal this is (national, or a regional council's with its region and colours) and who is signed
 * in.
 */
@ControllerAdvice
public class PageModel {

    public static final String LANGUAGE = PageModel.class.getName() + ".language";
    public static final String DIGITS_COOKIE = "remacto_digits";

    private final PortalProperties properties;

    public PageModel(PortalProperties properties) {
        this.properties = properties;
    }

    /** The language of the page: its path's first segment (Arabic for paths without one). */
    public static Language languageOf(HttpServletRequest request) {
        String path = pathOf(request);
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        Language language = Language.of(first).orElse(Language.AR);
        request.setAttribute(LANGUAGE, language);
        return language;
    }

    /** The page's path; for an error page, the path of the page that failed (so it keeps its language). */
    static String pathOf(HttpServletRequest request) {
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    @ModelAttribute
    public void common(HttpServletRequest request, org.springframework.ui.Model model) {
        Language language = languageOf(request);
        Texts.Digits digits = Texts.Digits.LATN;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (DIGITS_COOKIE.equals(cookie.getName())) {
                    digits = Texts.Digits.of(cookie.getValue());
                }
            }
        }
        model.addAttribute("lang", language.code());
        model.addAttribute("dir", language.direction());
        model.addAttribute("t", new Texts(language, digits));
        String path = pathOf(request);
        String rest = path.length() > 3 && Language.of(path.substring(1, 3)).isPresent() ? path.substring(3) : "/";
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        model.addAttribute("here", path + query);
        model.addAttribute("otherLanguage", language.other().code());
        model.addAttribute("otherLanguagePath", "/" + language.other().code() + (rest.isEmpty() ? "/" : rest) + query);
        String region = RegionScope.of(request);
        model.addAttribute("region", region);
        PortalProperties.Branding branding = region == null ? null : properties.regions().get(region);
        model.addAttribute("branding", branding);
        model.addAttribute("nationalUrl", properties.nationalUrl());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            // Identity's ID token: "name" is Arabic, "name#fr" French (OpenID Connect language-tagged claims).
            Object name = user.getClaims().get(language == Language.FR ? "name#fr" : "name");
            model.addAttribute("signedIn", Map.of("name", name != null ? name : user.getSubject(),
                    "subject", user.getSubject(), "roles", user.getClaims().getOrDefault("roles", java.util.List.of()),
                    "members", user.getClaims().getOrDefault("members", java.util.List.of())));
        }
    }
}

package ma.remacto.identity.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST to the same path. */
@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login() {
        return "login";
    }
}

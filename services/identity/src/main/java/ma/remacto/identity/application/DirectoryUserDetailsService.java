package ma.remacto.identity.application;

import ma.remacto.identity.domain.RemactoUser;
import ma.remacto.identity.domain.UserDirectory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Form login against the user directory. */
public class DirectoryUserDetailsService implements UserDetailsService {

    private final UserDirectory users;

    public DirectoryUserDetailsService(UserDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        RemactoUser user = users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.password())
                .roles(user.roleNames().toArray(String[]::new))
                .build();
    }
}

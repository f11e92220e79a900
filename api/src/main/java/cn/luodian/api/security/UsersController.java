package cn.luodian.api.security;

import cn.luodian.api.system.NotFoundException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users}: listing and creating users is for ADMIN ({@link SecurityConfig});
 * {@code /me} is for anyone signed in.
 */
@RestController
@RequestMapping("/api/v1/users")
public class UsersController {
    private final UserAccounts accounts;

    public UsersController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public List<UserJson> list() {
        return accounts.listAll().stream().map(UserJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public UserJson create(@RequestBody NewUser user, Actor actor) {
        return UserJson.of(accounts.create(actor, user));
    }

    @GetMapping("/me")
    public UserJson me(Actor actor) {
        return accounts.find(actor.username()).map(UserJson::of)
                .orElseThrow(() -> new NotFoundException("用户 '" + actor.username() + "' 已不存在"));
    }
}
